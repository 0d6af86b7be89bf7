// The meetings a group held, each with the number of people present.
MATCH (g:Group {id: $id})-[h:HELD]->(m:Meeting)
OPTIONAL MATCH (p:Person)-[:ATTENDED {present: true}]->(m)
WITH m, h, count(DISTINCT p) AS attendees
RETURN m.id AS id,
       m.title AS title,
       m.date AS date,
       coalesce(m.date, m.dateFrom) AS sortDate,
       attendees,
       {doc: h.doc, start: h.start, end: h.end} AS source
