// People linked to more than one organisation (possible bridges)
MATCH (p:Person)-[:MEMBER_OF]->(o:Organisation)
WITH p, collect(DISTINCT o.name) AS organisations, collect(DISTINCT o.category) AS categories
WHERE size(organisations) > 1
RETURN p.name AS person, organisations, categories
ORDER BY size(organisations) DESC, person
