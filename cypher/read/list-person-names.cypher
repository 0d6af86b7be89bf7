// Every way the corpus writes each person: canonical name, aliases and the mention texts. A
// pseudonymised export removes all of them from every field.
MATCH (p:Person)
OPTIONAL MATCH (:Document)-[r:MENTIONS]->(p)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, collect(DISTINCT r.text) AS mentions
ORDER BY id
