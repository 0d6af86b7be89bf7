// Deletes every fact whose provenance is one document, before the document is loaded
// again. One typed branch per relationship type so that each uses its `doc` index.
CALL {
  MATCH ()-[r:ATTENDED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:WORKS_ON]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:TAKES_PART_IN]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:HELD]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:RECORDED_IN]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:DISCUSSED]->() WHERE r.doc = $doc RETURN r
  UNION ALL
  MATCH ()-[r:MENTIONS]->() WHERE r.doc = $doc RETURN r
}
DELETE r
