// The organisations (and groups) a person is a member of, as the minutes state it; first and
// last seen are the dates of the meetings whose documents state the membership.
MATCH (p:Person {id: $id})-[r:MEMBER_OF]->(o:Organisation|Group)
// The document's meeting by its id (model.ts meetingId): an index seek, where RECORDED_IN
// meant reading every relationship of the document, its mentions too.
OPTIONAL MATCH (m:Meeting {id: 'meeting:' + r.doc})
WITH o, r, coalesce(m.date, m.dateFrom) AS date
ORDER BY r.doc, r.start
RETURN o.id AS id,
       toLower(labels(o)[0]) AS type,
       o.name AS name,
       o.category AS category,
       min(date) AS first,
       max(date) AS last,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
ORDER BY first, name
