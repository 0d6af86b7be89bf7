// The nodes within $depth (1 or 2) hops of a node over the graph's facts — not documents and
// not mentions — the node itself first, then the nearest and best connected. The caller asks
// for one more than it shows, to know whether the list was cut.
MATCH (c:Person|Organisation|Group|Project|Event|Place|Meeting {id: $id})
OPTIONAL MATCH p = (c)-[:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED*1..2]-(n)
WHERE length(p) <= $depth AND n <> c
WITH c, n, min(length(p)) AS distance
WITH c, collect({node: n, distance: distance}) AS found
UNWIND [{node: c, distance: 0}] + found AS f
WITH f.node AS n, f.distance AS distance
WHERE n IS NOT NULL
RETURN n.id AS id,
       distance,
       COUNT { (n)-[:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED]-() } AS degree
ORDER BY distance, degree DESC, id
LIMIT $limit
