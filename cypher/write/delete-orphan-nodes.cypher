// Deletes entity and meeting nodes that no fact refers to any more (left behind when a
// document was re-loaded under a different resolution). Document nodes are kept.
MATCH (n:Person|Organisation|Group|Project|Event|Place|Meeting)
WHERE NOT EXISTS { (n)--() }
DELETE n
