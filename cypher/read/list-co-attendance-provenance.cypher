// Where each co-attendance tie comes from: the meetings (in range) both people were present at,
// the documents recording them and the attendance facts' spans. Mirrors
// list-co-attendance-network, so each of its edges finds its provenance here.
// The meetings in range as list-co-attendance-network selects them (by sortDate, model.ts).
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
MATCH (a:Person)-[ra:ATTENDED {present: true}]->(m)<-[rb:ATTENDED {present: true}]-(b:Person)
WHERE a.id < b.id
UNWIND [ra, rb] AS r
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN a.id AS source,
       b.id AS target,
       'CO_ATTENDED' AS type,
       collect(DISTINCT m.id) AS meetings,
       collect(DISTINCT d.path) AS documents,
       collect(DISTINCT {path: d.path, start: r.start, end: r.end, text: substring(d.text, r.start, r.end - r.start)}) AS sources
