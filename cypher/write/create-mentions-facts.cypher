// Creates a load batch's MENTIONS facts. The batch's nodes are merged first; a row whose
// end is missing matches nothing, so the caller compares `created` with its row count.
// `row.toLabel` picks the one label of the end node that the fact names.
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Person|Organisation|Group|Project|Event|Place {id: row.to})
WHERE row.toLabel IN labels(b)
CREATE (a)-[r:MENTIONS]->(b)
SET r = row.props
RETURN count(r) AS created
