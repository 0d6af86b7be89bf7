// Deletes every fact whose provenance is one document, before the document is loaded
// again. Naming every relationship type lets the planner seek each type's `doc` index.
MATCH ()-[r:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|RECORDED_IN|DISCUSSED|MENTIONS]->()
WHERE r.doc = $doc
DELETE r
