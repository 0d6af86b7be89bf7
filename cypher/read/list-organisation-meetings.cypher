// Meetings where an organisation was represented: a person present at the meeting whose
// membership of it is stated in that meeting's own document.
MATCH (p:Person)-[r:MEMBER_OF]->(o:Organisation {id: $id})
MATCH (p)-[:ATTENDED {present: true}]->(m:Meeting)-[:RECORDED_IN]->(d:Document)
WHERE d.id = r.doc
WITH m, p
ORDER BY p.name
RETURN m.id AS id,
       m.title AS title,
       m.date AS date,
       coalesce(m.date, m.dateFrom) AS sortDate,
       collect(DISTINCT {id: p.id, type: 'person', name: p.name}) AS representatives
