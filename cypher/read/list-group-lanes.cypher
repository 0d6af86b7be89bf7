// One timeline lane per group: the meetings it held, each with the span that names the group.
// One group at a time, as list-project-lanes does, not one sort over every HELD fact.
MATCH (g:Group)
CALL (g) {
  MATCH (g)-[h:HELD]->(m)
  WITH m, h
  ORDER BY h.start
  WITH m, head(collect(h)) AS h
  RETURN collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                  doc: h.doc, start: h.start, end: h.end}) AS meetings
}
// Only what has a meeting has a lane (collect gives the others an empty list).
WITH g, meetings
WHERE size(meetings) > 0
RETURN g.id AS id,
       g.name AS name,
       meetings
