// Creates a load batch's RECORDED_IN facts. The batch's nodes are merged first; a row whose
// end is missing matches nothing, so the caller compares `created` with its row count.
UNWIND $rows AS row
MATCH (a:Meeting {id: row.from})
MATCH (b:Document {id: row.to})
CREATE (a)-[r:RECORDED_IN]->(b)
SET r = row.props
RETURN count(r) AS created
