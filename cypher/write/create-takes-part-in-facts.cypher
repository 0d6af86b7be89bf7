// Creates a load batch's TAKES_PART_IN facts. The batch's nodes are merged first; a row whose
// end is missing matches nothing, so the caller compares `created` with its row count.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Project {id: row.to})
CREATE (a)-[r:TAKES_PART_IN]->(b)
SET r = row.props
RETURN count(r) AS created
