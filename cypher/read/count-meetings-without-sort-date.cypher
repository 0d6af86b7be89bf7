// Meetings stored by a version before Meeting.sortDate existed: period filters seek that
// property, so `serve` warns until an ingest brings their documents up to date.
MATCH (m:Meeting)
WHERE m.sortDate IS NULL AND (m.date IS NOT NULL OR m.dateFrom IS NOT NULL)
RETURN count(m) AS meetings
