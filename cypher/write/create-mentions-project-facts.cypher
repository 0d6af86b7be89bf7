// Creates a load batch's MENTIONS facts that end at a Project. The batch's nodes are merged first;
// a row whose end is missing matches nothing, so the caller compares `created` with its row
// count. One query per end label: a MATCH on several labels seeks every label's index per row.
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Project {id: row.to})
CREATE (a)-[r:MENTIONS]->(b)
SET r = row.props
RETURN count(r) AS created
