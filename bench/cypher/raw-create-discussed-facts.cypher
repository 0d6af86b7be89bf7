// Bench: the raw write of DISCUSSED facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Meeting {id: r.from})
MATCH (b:Project|Organisation|Event|Group {id: r.to})
WHERE r.toLabel IN labels(b)
CREATE (a)-[x:DISCUSSED]->(b)
SET x = r.props
