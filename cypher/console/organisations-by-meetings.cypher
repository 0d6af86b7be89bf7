// Organisations by number of meetings attended
// A meeting counts for an organisation when someone present was recorded, in that meeting's
// own minutes, as belonging to it.
MATCH (o:Organisation)<-[mo:MEMBER_OF]-(p:Person)-[:ATTENDED {present: true}]->(m:Meeting)-[:RECORDED_IN]->(d:Document)
WHERE mo.doc = d.id
RETURN o.name AS organisation,
       o.category AS category,
       count(DISTINCT m) AS meetings,
       count(DISTINCT p) AS people
ORDER BY meetings DESC, people DESC, organisation
LIMIT 50
