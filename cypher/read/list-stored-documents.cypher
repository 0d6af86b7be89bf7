// Every stored document with its text and cached extraction, so that an ingest of one more
// file can re-resolve the whole corpus without reading or extracting the others again.
MATCH (d:Document)
RETURN d.id AS id,
       d.path AS path,
       d.sha256 AS sha256,
       d.format AS format,
       d.text AS text,
       d.extraction AS extraction,
       d.extractorVersion AS extractorVersion
ORDER BY path, id
