// People present at the most meetings, with their first and last meeting
MATCH (p:Person)-[:ATTENDED {present: true}]->(m:Meeting)
WITH p, count(DISTINCT m) AS meetings, min(coalesce(m.date, m.dateFrom)) AS first, max(coalesce(m.date, m.dateFrom)) AS last
RETURN p.name AS person, meetings, first, last
ORDER BY meetings DESC, person
LIMIT 50
