// Creates a load batch's HELD facts. The batch's nodes are merged first; a row whose
// end is missing matches nothing, so the caller compares `created` with its row count.
UNWIND $rows AS row
MATCH (a:Group {id: row.from})
MATCH (b:Meeting {id: row.to})
CREATE (a)-[r:HELD]->(b)
SET r = row.props
RETURN count(r) AS created
