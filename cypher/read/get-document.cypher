// A document's text and extraction, and the meeting it records.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(d)
RETURN d.id AS id,
       d.path AS path,
       d.text AS text,
       d.extraction AS extraction,
       m.id AS meetingId,
       m.title AS meetingTitle,
       m.date AS meetingDate
LIMIT 1
