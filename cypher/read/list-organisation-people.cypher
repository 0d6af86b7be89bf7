// The people the minutes name as members of an organisation; first and last seen are the
// dates of the meetings whose documents state the membership.
MATCH (p:Person)-[r:MEMBER_OF]->(o:Organisation {id: $id})
// The document's meeting by its id (model.ts meetingId): an index seek, where RECORDED_IN
// meant reading every relationship of the document, its mentions too.
OPTIONAL MATCH (m:Meeting {id: 'meeting:' + r.doc})
WITH p, r, coalesce(m.date, m.dateFrom) AS date
ORDER BY r.doc, r.start
RETURN p.id AS id,
       p.name AS name,
       min(date) AS first,
       max(date) AS last,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
ORDER BY first, name
