// Search across all entity types and meetings. $query is a Lucene query built by the server
// from the user's words (each escaped, each a prefix); $types filters by type (empty = all).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score, toLower(labels(node)[0]) AS type
WHERE size($types) = 0 OR type IN $types
RETURN node.id AS id,
       type,
       coalesce(node.name, node.title) AS name,
       coalesce(node.aliases, []) AS aliases,
       node.category AS category,
       score
ORDER BY score DESC, name
LIMIT $limit
