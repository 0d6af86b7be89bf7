// Person–person ties: the meetings both were present at. A meeting's date is its sortDate
// (model.ts: its stated or inferred date, else the start of its window); with a range,
// undated meetings are left out.
// Each meeting's present attendees are read once, as a sorted list of distinct ids, and its
// pairs taken from that list: matching the pattern person–meeting–person instead re-read
// every attendance fact once per other attendee and needed count(DISTINCT m) per pair.
CALL () {
  // No range: every meeting, undated ones too (the list is empty with a range, so no scan).
  UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS everything
  MATCH (m:Meeting)
  RETURN m
  UNION ALL
  // A range is an index seek on sortDate; an open end is bounded by the smallest and largest
  // strings.
  MATCH (m:Meeting)
  WHERE m.sortDate >= coalesce($from, '') AND m.sortDate <= coalesce($to, '\uffff')
    AND ($from IS NOT NULL OR $to IS NOT NULL)
  RETURN m
}
WITH m, m.sortDate AS date
CALL (m) {
  MATCH (p:Person)-[:ATTENDED {present: true}]->(m)
  WITH DISTINCT p.id AS id
  ORDER BY id
  RETURN collect(id) AS present
}
// Each pair once, the smaller id first; a pair's rows are its shared meetings.
UNWIND range(0, size(present) - 2) AS i
UNWIND present[i + 1..] AS other
WITH present[i] AS source, other AS target, count(*) AS weight, min(date) AS first, max(date) AS last
WHERE weight >= $minWeight
RETURN source, target, 'CO_ATTENDED' AS type, weight, first, last
ORDER BY weight DESC, source, target
LIMIT $limit
