// Bench: clears the graph a batch of nodes at a time (a 100k-document graph deleted in one
// transaction would need more heap than the embedded Neo4j has). Run until it returns 0.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
