// The people who work on a project, with the roles the minutes give them.
MATCH (p:Person)-[r:WORKS_ON]->(j:Project {id: $id})
WITH p, r
ORDER BY r.doc, r.start
RETURN p.id AS id,
       p.name AS name,
       collect(DISTINCT r.role) AS roles,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
ORDER BY name
