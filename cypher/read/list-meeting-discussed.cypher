// What a meeting discussed, each entity with the spans where it came up, in text order.
MATCH (m:Meeting {id: $id})-[r:DISCUSSED]->(e)
WITH e, r
ORDER BY r.start
WITH e, collect({doc: r.doc, start: r.start, end: r.end}) AS sources
RETURN e.id AS id,
       toLower(labels(e)[0]) AS type,
       e.name AS name,
       sources
ORDER BY sources[0].start
