// Everything a person's profile lists, in one round trip: organisations and groups they are a
// member of (first/last seen: the dates of the meetings whose documents state it), every
// attendance fact with the meeting's group, the projects they work on (WORKS_ON only: being at
// a meeting that discussed a project does not make one part of it) and the people present at
// the same meetings, most shared first. Each part is a subquery of one row, so the parts do
// not multiply; it was four queries (five round trips with get-entity) under load.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:MEMBER_OF]->(o:Organisation|Group)
  // The document's meeting by its id (model.ts meetingId): an index seek, where RECORDED_IN
  // meant reading every relationship of the document, its mentions too.
  OPTIONAL MATCH (m:Meeting {id: 'meeting:' + r.doc})
  WITH o, r, coalesce(m.date, m.dateFrom) AS date
  ORDER BY r.doc, r.start
  WITH o, min(date) AS first, max(date) AS last, collect({doc: r.doc, start: r.start, end: r.end}) AS sources
  ORDER BY first, o.name
  RETURN collect({id: o.id, type: toLower(labels(o)[0]), name: o.name, category: o.category,
                  first: first, last: last, sources: sources}) AS organisations
}
CALL (p) {
  // sortDate: the stated or inferred date, else the start of the window the meeting falls in.
  MATCH (p)-[a:ATTENDED]->(m:Meeting)
  OPTIONAL MATCH (g:Group)-[:HELD]->(m)
  WITH a, m, head(collect(g)) AS g
  RETURN collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                  role: a.role, present: a.present, groupId: g.id, groupName: g.name,
                  source: {doc: a.doc, start: a.start, end: a.end}}) AS meetings
}
CALL (p) {
  MATCH (p)-[r:WORKS_ON]->(j:Project)
  WITH j, r
  ORDER BY r.doc, r.start
  WITH j, collect(DISTINCT r.role) AS roles, collect({doc: r.doc, start: r.start, end: r.end}) AS sources
  ORDER BY j.name
  RETURN collect({id: j.id, name: j.name, roles: roles, sources: sources}) AS projects
}
CALL (p) {
  MATCH (p)-[:ATTENDED {present: true}]->(m:Meeting)<-[:ATTENDED {present: true}]-(o:Person)
  WHERE o <> p
  WITH o, count(DISTINCT m) AS shared
  ORDER BY shared DESC, o.name
  RETURN collect({id: o.id, name: o.name, shared: shared}) AS coAttendees
}
RETURN organisations, meetings, projects, coAttendees
