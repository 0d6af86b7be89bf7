// A shortest undirected path between two nodes over the graph's facts, at most 8 hops. Only
// RECORDED_IN and MENTIONS touch documents, so leaving them out keeps documents off the path.
MATCH (a:Person|Organisation|Group|Project|Event|Place|Meeting {id: $from})
MATCH (b:Person|Organisation|Group|Project|Event|Place|Meeting {id: $to})
MATCH p = shortestPath((a)-[:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED*..8]-(b))
RETURN [n IN nodes(p) | n.id] AS ids
LIMIT 1
