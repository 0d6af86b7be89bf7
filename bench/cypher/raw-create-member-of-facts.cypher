// Bench: the raw write of MEMBER_OF facts, one batch of rows across many documents in one
// transaction. Facts are created, as the loader does: each carries its own provenance.
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Organisation|Group {id: r.to})
WHERE r.toLabel IN labels(b)
CREATE (a)-[x:MEMBER_OF]->(b)
SET x = r.props
