// Deletes one Document node; its facts are deleted first by delete-document-facts.
MATCH (d:Document {id: $doc})
DETACH DELETE d
