// Creates or updates Meeting nodes by id. `row.props` holds every property, `id` included, and
// replaces what the node had: props are resolved across the corpus, so the newest wins.
UNWIND $rows AS row
MERGE (n:Meeting {id: row.id})
SET n = row.props
