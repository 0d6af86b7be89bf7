// A group's members as the minutes show them: the people present at its meetings.
MATCH (g:Group {id: $id})-[:HELD]->(m:Meeting)<-[:ATTENDED {present: true}]-(p:Person)
WITH p, m, coalesce(m.date, m.dateFrom) AS date
RETURN p.id AS id,
       p.name AS name,
       count(DISTINCT m) AS attended,
       min(date) AS first,
       max(date) AS last
ORDER BY attended DESC, name
