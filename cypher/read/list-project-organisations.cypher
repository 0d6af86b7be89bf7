// The organisations linked to a project: those that take part in it, and those discussed under
// the same heading of the same minutes as the project. Sources are the organisation's spans.
CALL () {
  MATCH (j:Project {id: $id})<-[y:DISCUSSED]-(m:Meeting)-[x:DISCUSSED]->(o:Organisation)
  WHERE x.section = y.section AND x.doc = y.doc
  RETURN o, x AS r
  UNION
  MATCH (j:Project {id: $id})<-[r:TAKES_PART_IN]-(o:Organisation)
  RETURN o, r
}
WITH o, r
ORDER BY r.doc, r.start
RETURN o.id AS id,
       o.name AS name,
       o.category AS category,
       collect({doc: r.doc, start: r.start, end: r.end}) AS sources
ORDER BY name
