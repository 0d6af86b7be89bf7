// One timeline lane per project: the meetings that discussed it, each with its first mention.
// The lanes asked for by id ($ids, an index seek), else every project; with a period, only
// the meetings whose sortDate (model.ts meetingSortDate) is in it, so undated ones are left out.
// One project at a time: sorting and grouping every DISCUSSED fact of the graph at once was
// what made the whole timeline slow (DISCUSSED only leaves meetings: model.ts).
CALL () {
  // No ids: every project (the list is empty with ids, so no scan).
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everything
  MATCH (j:Project)
  RETURN j
  UNION
  MATCH (j:Project)
  WHERE j.id IN $ids
  RETURN j
}
CALL (j) {
  MATCH (m)-[r:DISCUSSED]->(j)
  WHERE ($from IS NULL AND $to IS NULL)
     OR (m.sortDate >= coalesce($from, '') AND m.sortDate <= coalesce($to, '\uffff'))
  WITH m, r
  ORDER BY r.start
  WITH m, head(collect(r)) AS r
  RETURN collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                  doc: r.doc, start: r.start, end: r.end}) AS meetings
}
// Only what has a meeting has a lane (collect gives the others an empty list).
WITH j, meetings
WHERE size(meetings) > 0
// The busiest lanes are kept when there are more than $limit.
RETURN j.id AS id,
       j.name AS name,
       meetings
ORDER BY size(meetings) DESC, id
LIMIT $limit
