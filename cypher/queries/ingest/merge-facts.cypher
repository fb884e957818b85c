// description: Creates the facts of one article (Fact node, SUBJECT / OBJECT links, the one traversal edge typed by row.relation, which ingest checks against the vocabulary with isRelationType) and its REPORTS provenance; aggregates are set by refresh-facts.
// param articleId: string - the article
// param facts: {id, relation, subjectId, objectId, properties: map, report: map}[] - one row per fact, sorted by id (stable lock order)
MATCH (a:Article {id: $articleId})
UNWIND $facts AS row
MATCH (s:Entity {id: row.subjectId})
MATCH (o:Entity {id: row.objectId})
MERGE (f:Fact {id: row.id})
ON CREATE SET f.relation = row.relation, f.subjectId = row.subjectId, f.objectId = row.objectId
SET f += row.properties
MERGE (f)-[:SUBJECT]->(s)
MERGE (f)-[:OBJECT]->(o)
MERGE (s)-[:$(row.relation) {factId: row.id}]->(o)
MERGE (a)-[r:REPORTS]->(f)
SET r = row.report
