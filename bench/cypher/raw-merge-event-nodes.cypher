// Bench: the raw write of Event nodes, one batch of rows across many documents in one
// transaction. `r.props` holds every property, `id` included.
UNWIND $rows AS r
MERGE (n:Event {id: r.id})
SET n = r.props
