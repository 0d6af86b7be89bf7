// Bench: the raw write of RECORDED_IN facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Meeting {id: r.from})
MATCH (b:Document {id: r.to})
CREATE (a)-[x:RECORDED_IN]->(b)
SET x = r.props
