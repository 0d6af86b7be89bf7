// Deletes every fact whose provenance is one of these documents, before they are loaded
// again or removed. Naming every relationship type lets the planner seek each type's `doc`
// index.
UNWIND $docs AS doc
MATCH ()-[r:ATTENDED|MEMBER_OF|WORKS_ON|TAKES_PART_IN|HELD|RECORDED_IN|DISCUSSED|MENTIONS]->()
WHERE r.doc = doc
DELETE r
