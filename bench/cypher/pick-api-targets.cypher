// Bench: what the API is asked about: a regular attendee (the person at the 90th percentile
// of meetings attended, not the busiest) and the year with the most meetings.
CALL {
  MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
  WITH p, count(m) AS meetings
  ORDER BY meetings DESC
  WITH collect({id: p.id, name: p.name, meetings: meetings}) AS people
  RETURN people[toInteger(size(people) * 0.1)] AS person
}
CALL {
  MATCH (m:Meeting)
  WITH substring(coalesce(m.date, m.dateFrom), 0, 4) AS year, count(*) AS meetings
  WHERE year IS NOT NULL
  ORDER BY meetings DESC, year
  LIMIT 1
  RETURN year
}
RETURN person, year
