// Bench: the raw write of MENTIONS facts that end at a Project, one batch of rows across many
// documents in one transaction. Facts are created, as the loader does: each carries its own
// provenance; one query per end label, as the loader's.
UNWIND $rows AS r
MATCH (a:Document {id: r.from})
MATCH (b:Project {id: r.to})
CREATE (a)-[x:MENTIONS]->(b)
SET x = r.props
