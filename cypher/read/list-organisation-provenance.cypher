// Where each organisation tie comes from, mirroring list-organisation-network: the membership
// lines of the people who represented both at a meeting in range, and the facts linking both to
// one project (taking part in it, or discussed under the same heading in a meeting in range).
// Rows may repeat (UNION ALL): every list below is collected DISTINCT, and a UNION would hold
// every row in memory to drop the repeats.
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
  UNION ALL
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
  // A pair of organisations linked to a project gets the links of both: each organisation's
  // links are gathered once, so a pair reads them once, not once per pair of links (a busy
  // project has thousands over an open-ended period, and their pairs ran out of memory).
  WITH j, o, collect({meeting: meeting, facts: facts}) AS links
  WITH j, collect({o: o, links: links}) AS sides
  UNWIND sides AS x
  UNWIND sides AS y
  WITH j, x, y
  WHERE x.o.id < y.o.id
  UNWIND [x, y] AS side
  UNWIND side.links AS link
  UNWIND link.facts AS r
  RETURN x.o.id AS source, y.o.id AS target, link.meeting AS meeting, j.id AS project, r
}
WITH source, target, collect(DISTINCT meeting) AS meetings, collect(DISTINCT project) AS projects, collect(DISTINCT r) AS facts
// Quotes are cut once the ties are gathered, one tie at a time: Neo4j counts a quote cut from a
// document as the whole text of it, so every tie's quotes gathered at once (a quarter of a
// million over a few years) filled the transaction memory.
CALL (facts) {
  UNWIND facts AS r
  OPTIONAL MATCH (d:Document {id: r.doc})
  RETURN collect(DISTINCT d.path) AS documents,
         collect(DISTINCT {path: d.path, start: r.start, end: r.end, text: substring(d.text, r.start, r.end - r.start)}) AS sources
}
RETURN source, target, 'TIED' AS type, meetings, projects, documents, sources
