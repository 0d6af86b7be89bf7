// The projects a person works on (WORKS_ON facts only: being at a meeting that discussed a
// project does not make one part of it).
MATCH (p:Person {id: $id})-[r:WORKS_ON]->(j:Project)
WITH j, r
ORDER BY r.doc, r.start
RETURN j.id AS id,
       j.name AS name,
       collect(DISTINCT r.role) AS roles,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
ORDER BY name
