// Who was present at a group's meetings in range, and how many meetings it held then: one side
// of a comparison of two periods (recorded absences do not count as attending).
MATCH (g:Group {id: $id})-[:HELD]->(m:Meeting)
WITH m, m.sortDate AS date
WHERE ($from IS NULL AND $to IS NULL)
   OR (date IS NOT NULL AND date >= coalesce($from, date) AND date <= coalesce($to, date))
WITH collect({m: m, date: date}) AS held
UNWIND held AS h
WITH held, h.m AS m, h.date AS date
MATCH (p:Person)-[:ATTENDED {present: true}]->(m)
RETURN p.id AS id,
       p.name AS name,
       count(DISTINCT m) AS meetings,
       min(date) AS first,
       max(date) AS last,
       size(held) AS held
ORDER BY id
