// Every relationship with its type, the ids of its ends and its properties.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS fromId, b.id AS toId, properties(r) AS props
