// Bench: the raw write of Organisation nodes, one batch of rows across many documents in one
// transaction. `r.props` holds every property, `id` included.
UNWIND $rows AS r
MERGE (n:Organisation {id: r.id})
SET n = r.props
