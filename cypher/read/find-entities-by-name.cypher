// Persons, organisations, groups and projects called `$name` (lower case) by name or alias:
// how `minutes-graph merge` and `split` find the entities a user names.
MATCH (n:Person|Organisation|Group|Project)
WHERE toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name)
RETURN n.id AS id,
       toLower(labels(n)[0]) AS type,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.category AS category
ORDER BY id
