// Projects discussed in the most meetings, and over which period
MATCH (m:Meeting)-[:DISCUSSED]->(j:Project)
WITH j, count(DISTINCT m) AS meetings, min(coalesce(m.date, m.dateFrom)) AS first, max(coalesce(m.date, m.dateFrom)) AS last
RETURN j.name AS project, meetings, first, last
ORDER BY meetings DESC, project
LIMIT 50
