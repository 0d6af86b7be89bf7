// Where each organisation tie comes from, mirroring list-organisation-network: the membership
// lines of the people who represented both at a meeting in range, and the facts linking both to
// one project (taking part in it, or discussed under the same heading in a meeting in range).
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
  WITH m, collect({o: o, r: r}) AS reps
  UNWIND reps AS x
  UNWIND reps AS y
  WITH m, x, y
  WHERE x.o.id < y.o.id
  UNWIND [x.r, y.r] AS r
  RETURN x.o.id AS source, y.o.id AS target, m.id AS meeting, null AS project, r
  UNION
  CALL () {
    MATCH (m:Meeting)-[x:DISCUSSED]->(o:Organisation)
    MATCH (m)-[y:DISCUSSED]->(j:Project)
    WITH m, o, j, x, y, m.sortDate AS date
    WHERE x.section = y.section
      AND (($from IS NULL AND $to IS NULL)
        OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date)))
    RETURN o, j, m.id AS meeting, [x, y] AS facts
    UNION
    MATCH (o:Organisation)-[t:TAKES_PART_IN]->(j:Project)
    RETURN o, j, null AS meeting, [t] AS facts
  }
  WITH j, collect({o: o, meeting: meeting, facts: facts}) AS links
  UNWIND links AS x
  UNWIND links AS y
  WITH j, x, y
  WHERE x.o.id < y.o.id
  UNWIND [[x.meeting, x.facts], [y.meeting, y.facts]] AS link
  UNWIND link[1] AS r
  RETURN x.o.id AS source, y.o.id AS target, link[0] AS meeting, j.id AS project, r
}
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN source,
       target,
       'TIED' AS type,
       collect(DISTINCT meeting) AS meetings,
       collect(DISTINCT project) AS projects,
       collect(DISTINCT d.path) AS documents,
       collect(DISTINCT {path: d.path, start: r.start, end: r.end, text: substring(d.text, r.start, r.end - r.start)}) AS sources
