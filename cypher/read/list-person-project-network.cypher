// The two-mode person–project network: WORKS_ON facts (weight = facts), and DISCUSSED_AT when
// a person was present at a meeting that discussed the project (weight = such meetings).
// A fact's date is that of the meeting whose document states it; with a range, undated ones
// are left out.
CALL () {
  MATCH (p:Person)-[r:WORKS_ON]->(j:Project)
  // The document's meeting by its id (model.ts meetingId): an index seek, where RECORDED_IN
  // meant reading every relationship of the document, its mentions too.
  OPTIONAL MATCH (m:Meeting {id: 'meeting:' + r.doc})
  WITH p, j, r, m.sortDate AS date
  WHERE ($from IS NULL AND $to IS NULL)
     OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
  RETURN p, j, 'WORKS_ON' AS type, elementId(r) AS fact, date
  UNION
  MATCH (p:Person)-[:ATTENDED {present: true}]->(m:Meeting)-[:DISCUSSED]->(j:Project)
  WITH p, j, m, m.sortDate AS date
  WHERE ($from IS NULL AND $to IS NULL)
     OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
  RETURN p, j, 'DISCUSSED_AT' AS type, m.id AS fact, date
}
WITH p, j, type, count(DISTINCT fact) AS weight, min(date) AS first, max(date) AS last
WHERE weight >= $minWeight
RETURN p.id AS source, j.id AS target, type, weight, first, last
ORDER BY weight DESC, source, target, type
LIMIT $limit
