// Creates a load batch's WORKS_ON facts. The batch's nodes are merged first; a row whose
// end is missing matches nothing, so the caller compares `created` with its row count.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Project {id: row.to})
CREATE (a)-[r:WORKS_ON]->(b)
SET r = row.props
RETURN count(r) AS created
