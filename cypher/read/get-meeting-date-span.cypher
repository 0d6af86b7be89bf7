// The first and last day meetings are held on (Meeting.sortDate, model.ts meetingSortDate): each
// end is one step of the range index read in order, not a read of every meeting.
CALL () {
  MATCH (m:Meeting)
  WHERE m.sortDate IS NOT NULL
  RETURN m.sortDate AS first
  ORDER BY first ASC
  LIMIT 1
}
CALL () {
  MATCH (m:Meeting)
  WHERE m.sortDate IS NOT NULL
  RETURN m.sortDate AS last
  ORDER BY last DESC
  LIMIT 1
}
RETURN first, last
