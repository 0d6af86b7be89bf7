// Every document of the corpus with its content hash: an export names them all, so a result can
// be reproduced from exactly the same files.
MATCH (d:Document)
RETURN d.id AS id, d.path AS path, d.sha256 AS sha256
ORDER BY path, id
