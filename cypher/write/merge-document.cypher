// Creates or updates one Document node with its text, its cached extraction and the hash of
// what it contributed to the graph (an unchanged hash means the next load can skip it).
MERGE (d:Document {id: $id})
SET d.path = $path,
    d.sha256 = $sha256,
    d.format = $format,
    d.text = $text,
    d.ingestedAt = $ingestedAt,
    d.extraction = $extraction,
    d.extractorVersion = $extractorVersion,
    d.factsHash = $factsHash
