// An organisation's projects: those it takes part in, and those discussed under the same
// heading of a meeting's minutes as the organisation itself (the mirror of a project's
// organisations). Mere attendance is not used: a standing group covers many matters in one
// meeting, so everyone present would be linked to everything on the agenda.
CALL () {
  MATCH (o:Organisation {id: $id})<-[x:DISCUSSED]-(m:Meeting)-[y:DISCUSSED]->(j:Project)
  WHERE x.section = y.section
  RETURN j, m
  UNION
  MATCH (o:Organisation {id: $id})-[:TAKES_PART_IN]->(j:Project)
  RETURN j, null AS m
}
RETURN j.id AS id, j.name AS name, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, name
