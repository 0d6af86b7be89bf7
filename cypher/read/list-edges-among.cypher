// The facts among a set of nodes, one edge per (source, target, type): weight = how many
// facts, first/last = the dates of the meetings whose documents state them.
MATCH (a:Person|Organisation|Group|Project|Event|Place|Meeting)
WHERE a.id IN $ids
MATCH (a)-[r:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED]->(b)
WHERE b.id IN $ids
OPTIONAL MATCH (m:Meeting)-[:RECORDED_IN]->(:Document {id: r.doc})
WITH a, b, r, coalesce(m.date, m.dateFrom) AS date
RETURN a.id AS source,
       b.id AS target,
       type(r) AS type,
       count(DISTINCT r) AS weight,
       min(date) AS first,
       max(date) AS last
ORDER BY source, target, type
