// Bench: the raw write of MEMBER_OF facts that end at a Organisation, one batch of rows across many
// documents in one transaction. Facts are created, as the loader does: each carries its own
// provenance; one query per end label, as the loader's.
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Organisation {id: r.to})
CREATE (a)-[x:MEMBER_OF]->(b)
SET x = r.props
