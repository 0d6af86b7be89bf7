// Bench: the raw write of Project nodes, one batch of rows across many documents in one
// transaction. `r.props` holds every property, `id` included.
UNWIND $rows AS r
MERGE (n:Project {id: r.id})
SET n = r.props
