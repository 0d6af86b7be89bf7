// Bench: the raw write of Place nodes, one batch of rows across many documents in one
// transaction. `r.props` holds every property, `id` included.
UNWIND $rows AS r
MERGE (n:Place {id: r.id})
SET n = r.props
