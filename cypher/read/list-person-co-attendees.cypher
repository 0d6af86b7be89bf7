// People present at the same meetings as a person (who was present too), most shared first.
MATCH (p:Person {id: $id})-[:ATTENDED {present: true}]->(m:Meeting)<-[:ATTENDED {present: true}]-(o:Person)
WHERE o <> p
RETURN o.id AS id, o.name AS name, count(DISTINCT m) AS shared
ORDER BY shared DESC, name
