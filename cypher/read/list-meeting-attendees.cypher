// Everyone on a meeting's attendance list (present or not) with the organisations the same
// document says they belong to.
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting {id: $id})
OPTIONAL MATCH (p)-[r:MEMBER_OF]->(o:Organisation|Group)
WHERE r.doc = a.doc
WITH p, a, collect(DISTINCT o) AS orgs
RETURN p.id AS id,
       p.name AS name,
       a.role AS role,
       a.present AS present,
       [o IN orgs | {id: o.id, type: toLower(labels(o)[0]), name: o.name}] AS organisations,
       {doc: a.doc, start: a.start, end: a.end} AS source
ORDER BY a.start
