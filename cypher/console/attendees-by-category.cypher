// Attendees of each meeting by organisation category
// User involvement per meeting: those present, counted by the category of the organisation the
// meeting's own minutes say they represented ('none given' when none is stated). Someone who
// represented two organisations counts under both categories.
MATCH (m:Meeting)-[:RECORDED_IN]->(d:Document)
MATCH (p:Person)-[:ATTENDED {present: true}]->(m)
OPTIONAL MATCH (p)-[mo:MEMBER_OF]->(o:Organisation)
WHERE mo.doc = d.id
WITH m, p, CASE WHEN o IS NULL THEN 'none given' ELSE coalesce(o.category, 'uncategorised') END AS category
RETURN coalesce(m.date, m.dateFrom) AS date,
       m.title AS meeting,
       category,
       count(DISTINCT p) AS attendees
ORDER BY date, meeting, attendees DESC, category
