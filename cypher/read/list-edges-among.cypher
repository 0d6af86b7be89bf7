// The facts among a set of nodes, one edge per (source, target, type): weight = how many
// facts, first/last = the dates of the meetings whose documents state them.
// Each node's facts are read from the end that has few of them: attendance and HELD from the
// meeting (a regular's own ATTENDED facts run to hundreds, nearly all to meetings outside
// the set), the rest from their source.
MATCH (n:Person|Organisation|Group|Project|Event|Place|Meeting)
WHERE n.id IN $ids
WITH collect(n) AS nodes
UNWIND nodes AS n
// A regular's hundreds of MEMBER_OF facts lead to a few organisations: whether the other end
// is in the set is asked once per (node, other end), not once per fact.
CALL (n, nodes) {
  MATCH (n)-[r:MEMBER_OF|WORKS_ON|TAKES_PART_IN|DISCUSSED]->(b)
  WITH b, collect(r) AS facts
  WHERE b IN nodes
  RETURN n AS a, b, facts
  UNION ALL
  MATCH (n)<-[r:ATTENDED|HELD]-(a)
  WITH a, collect(r) AS facts
  WHERE a IN nodes
  RETURN a, n AS b, facts
}
UNWIND facts AS r
// A document's meeting is found by its id (model.ts meetingId), an index seek; through
// RECORDED_IN it meant reading every relationship of the document (its mentions too).
OPTIONAL MATCH (m:Meeting {id: 'meeting:' + r.doc})
WITH a, b, r, coalesce(m.date, m.dateFrom) AS date
RETURN a.id AS source,
       b.id AS target,
       type(r) AS type,
       count(DISTINCT r) AS weight,
       min(date) AS first,
       max(date) AS last
ORDER BY source, target, type
