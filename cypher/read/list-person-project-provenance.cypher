// Where each person–project edge comes from, mirroring list-person-project-network: the
// WORKS_ON facts, and for DISCUSSED_AT the person's attendance and the discussion of the project
// at each meeting in range.
CALL () {
  MATCH (p:Person)-[r:WORKS_ON]->(j:Project)
  // The document's meeting by its id (model.ts meetingId): an index seek, where RECORDED_IN
  // meant reading every relationship of the document, its mentions too.
  OPTIONAL MATCH (m:Meeting {id: 'meeting:' + r.doc})
  WITH p, j, r, m, m.sortDate AS date
  WHERE ($from IS NULL AND $to IS NULL)
     OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
  RETURN p.id AS source, j.id AS target, 'WORKS_ON' AS type, m.id AS meeting, r
  UNION
  MATCH (p:Person)-[a:ATTENDED {present: true}]->(m:Meeting)-[x:DISCUSSED]->(j:Project)
  WITH p, j, m, a, x, m.sortDate AS date
  WHERE ($from IS NULL AND $to IS NULL)
     OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
  UNWIND [a, x] AS r
  RETURN p.id AS source, j.id AS target, 'DISCUSSED_AT' AS type, m.id AS meeting, r
}
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN source,
       target,
       type,
       collect(DISTINCT meeting) AS meetings,
       collect(DISTINCT d.path) AS documents,
       collect(DISTINCT {path: d.path, start: r.start, end: r.end, text: substring(d.text, r.start, r.end - r.start)}) AS sources
