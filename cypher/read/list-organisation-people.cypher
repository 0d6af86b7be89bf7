// The people the minutes name as members of an organisation; first and last seen are the
// dates of the meetings whose documents state the membership.
MATCH (p:Person)-[r:MEMBER_OF]->(o:Organisation {id: $id})
OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(:Document {id: r.doc})
WITH p, r, coalesce(m.date, m.dateFrom) AS date
ORDER BY r.doc, r.start
RETURN p.id AS id,
       p.name AS name,
       min(date) AS first,
       max(date) AS last,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
ORDER BY first, name
