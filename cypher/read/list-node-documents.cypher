// The documents that mention each node, kept to those recording a meeting in range when a range
// is given: a node's provenance in an export.
MATCH (n:Person|Organisation|Group|Project|Event|Place)
WHERE n.id IN $ids
MATCH (d:Document)-[:MENTIONS]->(n)
OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(d)
WITH n, d, m.sortDate AS date
WHERE ($from IS NULL AND $to IS NULL)
   OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
RETURN n.id AS id, collect(DISTINCT d.path) AS documents
