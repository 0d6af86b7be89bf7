// One timeline lane per group: the meetings it held, each with the span that names the group.
// The lanes asked for by id ($ids, an index seek), else every group; with a period, only the
// meetings whose sortDate (model.ts meetingSortDate) is in it, so undated ones are left out.
// One group at a time, as list-project-lanes does, not one sort over every HELD fact.
CALL () {
  // No ids: every group (the list is empty with ids, so no scan).
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everything
  MATCH (g:Group)
  RETURN g
  UNION
  MATCH (g:Group)
  WHERE g.id IN $ids
  RETURN g
}
CALL (g) {
  MATCH (g)-[h:HELD]->(m)
  WHERE ($from IS NULL AND $to IS NULL)
     OR (m.sortDate >= coalesce($from, '') AND m.sortDate <= coalesce($to, '\uffff'))
  WITH m, h
  ORDER BY h.start
  WITH m, head(collect(h)) AS h
  RETURN collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                  doc: h.doc, start: h.start, end: h.end}) AS meetings
}
// Only what has a meeting has a lane (collect gives the others an empty list).
WITH g, meetings
WHERE size(meetings) > 0
// The busiest lanes are kept when there are more than $limit.
RETURN g.id AS id,
       g.name AS name,
       meetings
ORDER BY size(meetings) DESC, id
LIMIT $limit
