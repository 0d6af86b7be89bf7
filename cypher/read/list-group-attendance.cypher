// A group's meetings and everyone on their attendance lists, present or recorded absent, plus
// the meetings whose text states a person's membership of the group: the evidence of tenure.
MATCH (g:Group {id: $id})-[:HELD]->(m:Meeting)
OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(m)
OPTIONAL MATCH (m)-[:RECORDED_IN]->(d:Document)
OPTIONAL MATCH (s:Person)-[r:MEMBER_OF]->(g)
WHERE r.doc = d.id
WITH m, collect(DISTINCT CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, present: a.present} END) AS listed,
     collect(DISTINCT CASE WHEN s IS NULL THEN null ELSE {id: s.id, name: s.name} END) AS stated
RETURN m.id AS id,
       m.title AS title,
       coalesce(m.date, m.dateFrom) AS sortDate,
       m.date AS date,
       listed,
       stated
ORDER BY sortDate, id
