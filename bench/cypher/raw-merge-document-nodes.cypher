// Bench: the raw write of Document nodes (text, cached extraction and hash, as the loader
// stores them), one batch of documents in one transaction.
UNWIND $rows AS r
MERGE (d:Document {id: r.id})
SET d = r.props
