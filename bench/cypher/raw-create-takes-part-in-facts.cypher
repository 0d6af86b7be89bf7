// Bench: the raw write of TAKES_PART_IN facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Organisation {id: r.from})
MATCH (b:Project {id: r.to})
CREATE (a)-[x:TAKES_PART_IN]->(b)
SET x = r.props
