// The facts hash of every stored document: the loader skips documents whose hash is unchanged.
MATCH (d:Document)
RETURN d.id AS id, d.factsHash AS factsHash
ORDER BY id
