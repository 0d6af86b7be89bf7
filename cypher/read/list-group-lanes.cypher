// One timeline lane per group: the meetings it held, each with the span that names the group.
MATCH (g:Group)-[h:HELD]->(m:Meeting)
WITH g, m, h
ORDER BY h.start
WITH g, m, head(collect(h)) AS h
RETURN g.id AS id,
       g.name AS name,
       collect({id: m.id, title: m.title, date: m.date, sortDate: coalesce(m.date, m.dateFrom),
                doc: h.doc, start: h.start, end: h.end}) AS meetings
