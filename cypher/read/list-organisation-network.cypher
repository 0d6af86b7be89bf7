// Organisation–organisation ties. Weight = meetings (in range) where both were represented by
// a person present whose membership that meeting's document states, plus projects both are
// linked to (taking part in it, or discussed under the same heading as it in a meeting in range).
CALL () {
  // A meeting's date is its sortDate (model.ts meetingSortDate); a range is an index seek on it.
  CALL () {
    UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS everything
    MATCH (m:Meeting)
    RETURN m
    UNION ALL
    MATCH (m:Meeting)
    WHERE m.sortDate >= coalesce($from, '') AND m.sortDate <= coalesce($to, '\uffff')
      AND ($from IS NOT NULL OR $to IS NOT NULL)
    RETURN m
  }
  MATCH (m)-[:RECORDED_IN]->(d:Document)
  WITH m, d, m.sortDate AS date
  MATCH (p:Person)-[:ATTENDED {present: true}]->(m)
  MATCH (p)-[r:MEMBER_OF]->(o:Organisation)
  WHERE r.doc = d.id
  WITH m, date, collect(DISTINCT o) AS orgs
  UNWIND orgs AS a
  UNWIND orgs AS b
  WITH a, b, m, date
  WHERE a.id < b.id
  RETURN a, b, m.id AS tie, date
  UNION
  CALL () {
    MATCH (m:Meeting)-[x:DISCUSSED]->(o:Organisation)
    MATCH (m)-[y:DISCUSSED]->(j:Project)
    WITH m, o, j, x, y, m.sortDate AS date
    WHERE x.section = y.section
      AND (($from IS NULL AND $to IS NULL)
        OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date)))
    RETURN o, j, date
    UNION
    MATCH (o:Organisation)-[:TAKES_PART_IN]->(j:Project)
    RETURN o, j, null AS date
  }
  WITH j, collect(DISTINCT o) AS orgs, min(date) AS date
  UNWIND orgs AS a
  UNWIND orgs AS b
  WITH a, b, j, date
  WHERE a.id < b.id
  RETURN a, b, j.id AS tie, date
}
WITH a, b, count(DISTINCT tie) AS weight, min(date) AS first, max(date) AS last
WHERE weight >= $minWeight
RETURN a.id AS source, b.id AS target, 'TIED' AS type, weight, first, last
ORDER BY weight DESC, source, target
LIMIT $limit
