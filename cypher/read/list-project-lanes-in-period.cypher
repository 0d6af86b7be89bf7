// The project lanes of a period, when no lanes are named: the meetings in it are found by an
// index seek on sortDate (model.ts meetingSortDate; undated meetings are left out) and each
// lane gathered from them, instead of reading every project's meetings of every year.
// Each meeting once per project, with its first mention of it.
MATCH (m:Meeting)
WHERE m.sortDate >= coalesce($from, '') AND m.sortDate <= coalesce($to, '\uffff')
MATCH (m)-[r:DISCUSSED]->(j:Project)
WITH j, m, r
ORDER BY r.start
WITH j, m, head(collect(r)) AS r
WITH j, collect({id: m.id, title: m.title, date: m.date, sortDate: m.sortDate,
                 doc: r.doc, start: r.start, end: r.end}) AS meetings
// The busiest lanes are kept when there are more than $limit.
RETURN j.id AS id,
       j.name AS name,
       meetings
ORDER BY size(meetings) DESC, id
LIMIT $limit
