// The two-mode person × meeting data: every attendance fact (present or recorded absent) at a
// meeting in range, with the document and span that state it.
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
WITH p, a, m, m.sortDate AS date
WHERE ($from IS NULL AND $to IS NULL)
   OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN p.id AS person,
       p.name AS name,
       m.id AS meeting,
       m.title AS title,
       date,
       a.present AS present,
       {path: d.path, start: a.start, end: a.end, text: substring(d.text, a.start, a.end - a.start)} AS source
ORDER BY date, meeting, person
