// Who sat at the table: each meeting (of one group, or all; in a date range, or all) with the
// people present and the organisations the attendance list says they represented (MEMBER_OF
// with cue 'attendance' from the same document), each with its category. With a range,
// undated meetings are left out, as in the networks.
MATCH (m:Meeting)-[:RECORDED_IN]->(d:Document)
OPTIONAL MATCH (g:Group)-[:HELD]->(m)
WITH m, d, g, coalesce(m.date, m.dateFrom) AS sortDate
WHERE ($group IS NULL OR g.id = $group)
  AND (($from IS NULL AND $to IS NULL)
    OR (sortDate IS NOT NULL AND sortDate >= coalesce($from, sortDate) AND sortDate <= coalesce($to, sortDate)))
CALL (m) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED {present: true}]->(m)
  OPTIONAL MATCH (p)-[r:MEMBER_OF {cue: 'attendance'}]->(o:Organisation)
  WHERE r.doc = a.doc
  WITH p, a, collect(DISTINCT o) AS orgs
  ORDER BY a.start
  RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE {
    id: p.id, name: p.name,
    organisations: [o IN orgs | {id: o.id, name: o.name, category: o.category}]
  } END) WHERE x IS NOT NULL] AS attendees
}
RETURN m.id AS id,
       m.title AS title,
       m.date AS date,
       sortDate,
       g.id AS groupId,
       g.name AS groupName,
       d.id AS docId,
       d.path AS path,
       attendees
ORDER BY sortDate, id
