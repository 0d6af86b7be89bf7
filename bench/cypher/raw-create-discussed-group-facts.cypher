// Bench: the raw write of DISCUSSED facts that end at a Group, one batch of rows across many
// documents in one transaction. Facts are created, as the loader does: each carries its own
// provenance; one query per end label, as the loader's.
UNWIND $rows AS r
MATCH (a:Meeting {id: r.from})
MATCH (b:Group {id: r.to})
CREATE (a)-[x:DISCUSSED]->(b)
SET x = r.props
