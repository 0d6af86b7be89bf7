// Every attendance fact of a person (present or not), with the meeting's group.
// sortDate: the stated or inferred date, else the start of the window the meeting falls in.
MATCH (p:Person {id: $id})-[a:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (g:Group)-[:HELD]->(m)
WITH a, m, head(collect(g)) AS g
RETURN m.id AS id,
       m.title AS title,
       m.date AS date,
       coalesce(m.date, m.dateFrom) AS sortDate,
       a.role AS role,
       a.present AS present,
       g.id AS groupId,
       g.name AS groupName,
       {doc: a.doc, start: a.start, end: a.end} AS source
