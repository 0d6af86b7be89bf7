// The meetings whose documents mention an entity, with each mention's span.
MATCH (d:Document)-[r:MENTIONS]->(e:Person|Organisation|Group|Project|Event|Place {id: $id})
MATCH (m:Meeting)-[:RECORDED_IN]->(d)
WITH m, r
ORDER BY r.start
RETURN m.id AS id,
       m.title AS title,
       m.date AS date,
       coalesce(m.date, m.dateFrom) AS sortDate,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
