// Bench: the raw write of WORKS_ON facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Project {id: r.to})
CREATE (a)-[x:WORKS_ON]->(b)
SET x = r.props
