// Bench: clears the graph's relationships a batch at a time, before its nodes (a node with
// thousands of facts would take them all into one transaction, past Neo4j's transaction
// memory limit). Run until it returns 0.
MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
