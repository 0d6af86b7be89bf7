// Person–person ties: the meetings both were present at. A meeting's date is its stated or
// inferred date, else the start of its window; with a range, undated meetings are left out.
MATCH (m:Meeting)
WITH m, coalesce(m.date, m.dateFrom) AS date
WHERE ($from IS NULL AND $to IS NULL)
   OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
MATCH (a:Person)-[:ATTENDED {present: true}]->(m)<-[:ATTENDED {present: true}]-(b:Person)
WHERE a.id < b.id
WITH a, b, count(DISTINCT m) AS weight, min(date) AS first, max(date) AS last
WHERE weight >= $minWeight
RETURN a.id AS source, b.id AS target, 'CO_ATTENDED' AS type, weight, first, last
ORDER BY weight DESC, source, target
LIMIT $limit
