// Bench: the raw write of ATTENDED facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Meeting {id: r.to})
CREATE (a)-[x:ATTENDED]->(b)
SET x = r.props
