// Bench: what the API is asked about, a set of each so that the figure is not one hot query:
// 20 regular attendees (the 5th to 15th percentile from the top of meetings attended: busy,
// not the busiest), the person at the 90th percentile (named in the report), the five years
// with the most meetings, and 20 projects spread evenly over the ranking by meetings that
// discussed them (from the busiest to the quietest).
CALL {
  MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
  WITH p, count(m) AS meetings
  ORDER BY meetings DESC, p.id
  WITH collect({id: p.id, name: p.name, meetings: meetings}) AS people
  WITH people, size(people) AS n
  RETURN people[toInteger(n * 0.1)] AS person,
         [i IN range(0, 19) | people[toInteger(n * (0.05 + i * 0.005))]] AS people
}
CALL {
  MATCH (m:Meeting)
  WITH substring(coalesce(m.date, m.dateFrom), 0, 4) AS year, count(*) AS meetings
  WHERE year IS NOT NULL
  ORDER BY meetings DESC, year
  LIMIT 5
  RETURN collect(year) AS years
}
CALL {
  MATCH (m:Meeting)-[:DISCUSSED]->(project:Project)
  WITH project, count(DISTINCT m) AS meetings
  ORDER BY meetings DESC, project.id
  WITH collect(project.id) AS ranked
  WITH ranked, size(ranked) AS n
  RETURN CASE WHEN n = 0 THEN [] ELSE [i IN range(0, 19) | ranked[toInteger(n * i / 20.0)]] END AS projects
}
RETURN person, people, years, projects
