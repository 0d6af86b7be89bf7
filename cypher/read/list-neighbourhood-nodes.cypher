// The nodes within $depth (1 or 2) hops of a node over the graph's facts — not documents and
// not mentions — the node itself first, then the nearest and best connected. The caller asks
// for one more than it shows, to know whether the list was cut. Expanded hop by hop over
// distinct nodes (not over every path: a busy person has millions of two-step paths).
MATCH (c:Person|Organisation|Group|Project|Event|Place|Meeting {id: $id})
CALL (c) {
  MATCH (c)-[:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED]-(n)
  WHERE n <> c
  RETURN collect(DISTINCT n) AS hop1
}
CALL (c, hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS h
  MATCH (h)-[:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED]-(n)
  WHERE n <> c
  WITH DISTINCT n
  RETURN collect(n) AS reached
}
WITH c, hop1, [n IN reached WHERE NOT n IN hop1] AS hop2
UNWIND [{node: c, distance: 0}] + [n IN hop1 | {node: n, distance: 1}] + [n IN hop2 | {node: n, distance: 2}] AS f
WITH f.node AS n, f.distance AS distance
// The degree over the graph's facts is every relationship but RECORDED_IN and MENTIONS (the
// model's other two types): three degree reads per node instead of six, over ~6,000 nodes
// two hops from a regular. A type added to model.ts must be added here.
RETURN n.id AS id,
       distance,
       COUNT { (n)--() } - COUNT { (n)-[:RECORDED_IN|MENTIONS]-() } AS degree
ORDER BY distance, degree DESC, id
LIMIT $limit
