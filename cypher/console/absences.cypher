// Absences recorded in the minutes
MATCH (p:Person)-[a:ATTENDED {present: false}]->(m:Meeting)
OPTIONAL MATCH (g:Group)-[:HELD]->(m)
RETURN coalesce(m.date, m.dateFrom) AS date, g.name AS group, m.title AS meeting, p.name AS person
ORDER BY date, person
