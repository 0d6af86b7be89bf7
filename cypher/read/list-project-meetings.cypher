// Every meeting that discussed a project, with the headings it came up under.
MATCH (m:Meeting)-[r:DISCUSSED]->(j:Project {id: $id})
WITH m, r
ORDER BY r.start
RETURN m.id AS id,
       m.title AS title,
       m.date AS date,
       coalesce(m.date, m.dateFrom) AS sortDate,
       collect(DISTINCT r.section) AS sections,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
