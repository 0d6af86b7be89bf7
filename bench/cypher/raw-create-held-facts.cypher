// Bench: the raw write of HELD facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Group {id: r.from})
MATCH (b:Meeting {id: r.to})
CREATE (a)-[x:HELD]->(b)
SET x = r.props
