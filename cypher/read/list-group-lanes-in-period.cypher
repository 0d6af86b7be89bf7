// The group lanes of a period, when no lanes are named: the meetings in it are found by an
// index seek on sortDate (model.ts meetingSortDate; undated meetings are left out) and each
// lane gathered from them, instead of reading every group's meetings of every year.
// Each meeting once per group, with the first span that names the group.
MATCH (m:Meeting)
WHERE m.sortDate >= coalesce($from, '') AND m.sortDate <= coalesce($to, '\uffff')
MATCH (g:Group)-[h:HELD]->(m)
WITH g, m, h
ORDER BY h.start
WITH g, m, head(collect(h)) AS h
WITH g, collect({id: m.id, title: m.title, date: m.date, sortDate: m.sortDate,
                 doc: h.doc, start: h.start, end: h.end}) AS meetings
// The busiest lanes are kept when there are more than $limit.
RETURN g.id AS id,
       g.name AS name,
       meetings
ORDER BY size(meetings) DESC, id
LIMIT $limit
