// Deletes every node and relationship: a reset for tests and for `minutes-graph reset`.
// Constraints and indexes stay.
MATCH (n)
DETACH DELETE n
