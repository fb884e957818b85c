// description: Upserts imported facts: the Fact node, its SUBJECT / OBJECT links, one REPORTS edge per (article, fact) whose properties are set once (the first event wins, so re-imports change nothing), the article's MENTIONS, and the one traversal edge typed by row.relation (checked against the vocabulary with isRelationType). Aggregates come from ingest/refresh-facts.
// param facts: list - rows {factId, relation, subjectId, objectId, articleId, evidence, date, confidence, status, cameo, goldstein, avgTone, numMentions, eventId}
UNWIND $facts AS row
MATCH (s:Entity {id: row.subjectId})
MATCH (o:Entity {id: row.objectId})
MATCH (a:Article {id: row.articleId})
MERGE (f:Fact {id: row.factId})
  ON CREATE SET f.relation = row.relation, f.subjectId = row.subjectId, f.objectId = row.objectId,
                f.status = row.status, f.confidence = row.confidence, f.sourceCount = 0, f.origin = 'gdelt'
MERGE (f)-[:SUBJECT]->(s)
MERGE (f)-[:OBJECT]->(o)
MERGE (a)-[r:REPORTS]->(f)
  ON CREATE SET r.evidence = row.evidence, r.date = row.date, r.confidence = row.confidence,
                r.status = row.status, r.extractor = 'gdelt', r.cameo = row.cameo,
                r.goldstein = row.goldstein, r.avgTone = row.avgTone, r.numMentions = row.numMentions,
                r.gdeltEventId = row.eventId
MERGE (a)-[:MENTIONS]->(s)
MERGE (a)-[:MENTIONS]->(o)
MERGE (s)-[:$(row.relation) {factId: row.factId}]->(o)
