// A meeting's own properties, its group and the document that records it.
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (m)-[:RECORDED_IN]->(d:Document)
OPTIONAL MATCH (g:Group)-[:HELD]->(m)
RETURN m.title AS title,
       m.date AS date,
       m.dateCertainty AS dateCertainty,
       m.dateFrom AS dateFrom,
       m.dateTo AS dateTo,
       d.id AS docId,
       g.id AS groupId,
       g.name AS groupName
LIMIT 1
