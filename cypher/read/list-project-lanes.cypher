// One timeline lane per project: the meetings that discussed it, each with its first mention.
MATCH (m:Meeting)-[r:DISCUSSED]->(j:Project)
WITH j, m, r
ORDER BY r.start
WITH j, m, head(collect(r)) AS r
RETURN j.id AS id,
       j.name AS name,
       collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                doc: r.doc, start: r.start, end: r.end}) AS meetings
