// Every span of a document that names an entity: its mentions, and the names on its
// attendance list. They may overlap; the server keeps the longer of two.
MATCH (d:Document {id: $id})-[r:MENTIONS]->(e)
RETURN e.id AS id, toLower(labels(e)[0]) AS type, e.name AS name, r.start AS start, r.end AS end
UNION
MATCH (:Document {id: $id})<-[:RECORDED_IN]-(:Meeting)<-[a:ATTENDED]-(p:Person)
WHERE a.doc = $id
RETURN p.id AS id, 'person' AS type, p.name AS name, a.start AS start, a.end AS end
