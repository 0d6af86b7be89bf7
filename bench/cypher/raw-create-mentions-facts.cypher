// Bench: the raw write of MENTIONS facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Document {id: r.from})
MATCH (b:Person|Organisation|Group|Project|Event|Place {id: r.to})
WHERE r.toLabel IN labels(b)
CREATE (a)-[x:MENTIONS]->(b)
SET x = r.props
