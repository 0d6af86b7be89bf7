// The projects discussed at a group's meetings, most often discussed first.
MATCH (g:Group {id: $id})-[:HELD]->(m:Meeting)-[:DISCUSSED]->(j:Project)
RETURN j.id AS id, j.name AS name, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, name
