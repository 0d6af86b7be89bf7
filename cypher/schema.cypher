// The graph's schema, applied by the gateway before every load (all statements are
// idempotent). cypher/schema.ts derives the same list from cypher/model.ts and
// test/cypher/schema.test.ts checks that the two agree.

// Every node is found by its stable id: one uniqueness constraint per label (each also
// gives the lookup index that MERGE and MATCH by id use).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// Re-loading a document deletes the facts whose `doc` is that document: one index on `doc`
// per relationship type turns that into index seeks instead of a scan of every relationship.
CREATE INDEX attended_doc IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.doc);
CREATE INDEX member_of_doc IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.doc);
CREATE INDEX works_on_doc IF NOT EXISTS FOR ()-[r:WORKS_ON]-() ON (r.doc);
CREATE INDEX takes_part_in_doc IF NOT EXISTS FOR ()-[r:TAKES_PART_IN]-() ON (r.doc);
CREATE INDEX held_doc IF NOT EXISTS FOR ()-[r:HELD]-() ON (r.doc);
CREATE INDEX recorded_in_doc IF NOT EXISTS FOR ()-[r:RECORDED_IN]-() ON (r.doc);
CREATE INDEX discussed_doc IF NOT EXISTS FOR ()-[r:DISCUSSED]-() ON (r.doc);
CREATE INDEX mentions_doc IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.doc);

// Period filters select meetings by sortDate (model.ts meetingSortDate): a range index makes
// a year an index seek instead of a read of every meeting.
CREATE INDEX meeting_sort_date IF NOT EXISTS FOR (n:Meeting) ON (n.sortDate);

// Search: names, aliases and meeting titles, case- and diacritics-insensitive (see searchIndex
// in cypher/schema.ts for why the analyzer is standard-folding).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Person|Organisation|Group|Project|Event|Place|Meeting) ON EACH [n.name, n.aliases, n.title] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
