// Creates a load batch's DISCUSSED facts that end at a Organisation. The batch's nodes are merged first;
// a row whose end is missing matches nothing, so the caller compares `created` with its row
// count. One query per end label: a MATCH on several labels seeks every label's index per row.
UNWIND $rows AS row
MATCH (a:Meeting {id: row.from})
MATCH (b:Organisation {id: row.to})
CREATE (a)-[r:DISCUSSED]->(b)
SET r = row.props
RETURN count(r) AS created
