// description: Creates the facts of one article (Fact node, SUBJECT / OBJECT links) and its REPORTS provenance; the aggregates are set by refresh-facts.
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
MERGE (a)-[r:REPORTS]->(f)
SET r = row.report
