// One entity or meeting by id: what every profile, path and 404 starts from.
MATCH (n:Person|Organisation|Group|Project|Event|Place|Meeting {id: $id})
RETURN n.id AS id,
       toLower(labels(n)[0]) AS type,
       coalesce(n.name, n.title, n.id) AS name,
       coalesce(n.aliases, []) AS aliases,
       n.category AS category,
       coalesce(n.categoryInferred, false) AS categoryInferred
LIMIT 1
