// Creates or updates the Document nodes of one load batch with their text, their cached
// extraction and the hash of what each contributed to the graph (an unchanged hash means the
// next load can skip it).
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path,
    d.sha256 = row.sha256,
    d.format = row.format,
    d.text = row.text,
    d.ingestedAt = row.ingestedAt,
    d.extraction = row.extraction,
    d.extractorVersion = row.extractorVersion,
    d.factsHash = row.factsHash
