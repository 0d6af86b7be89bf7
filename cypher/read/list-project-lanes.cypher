// One timeline lane per project: the meetings that discussed it, each with its first mention.
// One project at a time: sorting and grouping every DISCUSSED fact of the graph at once was
// what made the whole timeline slow (DISCUSSED only leaves meetings: model.ts).
MATCH (j:Project)
CALL (j) {
  MATCH (m)-[r:DISCUSSED]->(j)
  WITH m, r
  ORDER BY r.start
  WITH m, head(collect(r)) AS r
  RETURN collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                  doc: r.doc, start: r.start, end: r.end}) AS meetings
}
// Only what has a meeting has a lane (collect gives the others an empty list).
WITH j, meetings
WHERE size(meetings) > 0
RETURN j.id AS id,
       j.name AS name,
       meetings
