// What a network view shows of each node: its label, type, category, a weight (meetings
// attended for people, the number of facts it takes part in for the rest) and, for meetings,
// the date (the start of the window when only a window is known).
MATCH (n:Person|Organisation|Group|Project|Event|Place|Meeting)
WHERE n.id IN $ids
RETURN n.id AS id,
       toLower(labels(n)[0]) AS type,
       coalesce(n.name, n.title, n.id) AS label,
       n.category AS category,
       CASE
         // ATTENDED only ends at a meeting (model.ts): testing the label cost a db hit per fact.
         WHEN n:Person THEN COUNT { MATCH (n)-[a:ATTENDED]->(m) WHERE a.present RETURN DISTINCT m }
         ELSE COUNT { (n)-[:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|DISCUSSED]-() }
       END AS weight,
       CASE WHEN n:Meeting THEN coalesce(n.date, n.dateFrom) END AS date
