// The ingest lock: run in a transaction that is held open and never committed (gateway.hold).
// Document.id is unique, so a second ingest creating the same id waits on the first one's
// index lock until that transaction ends; being never committed, the node is seen by no one,
// and an ingest killed mid-way releases it with its connection. `$lock` is no document's id.
CREATE (:Document {id: $lock})
