// User organisations, their people and the projects they work on (as a graph)
MATCH (o:Organisation {category: 'user-organisation'})<-[mo:MEMBER_OF]-(p:Person)
OPTIONAL MATCH (p)-[w:WORKS_ON]->(j:Project)
RETURN o, mo, p, w, j
LIMIT 300
