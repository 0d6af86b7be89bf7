// Groups, the meetings they held and who was present (as a graph)
MATCH path = (g:Group)-[:HELD]->(m:Meeting)<-[:ATTENDED {present: true}]-(p:Person)
RETURN path
LIMIT 300
