// description: Deletes an article with its REPORTS and MENTIONS; returns the facts and entities it touched so that unsupported ones can be removed.
// param articleId: string - the article to retract
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:REPORTS]->(f:Fact)
WITH a, collect(DISTINCT f.id) AS factIds, collect(f.subjectId) + collect(f.objectId) AS factEntityIds
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, factIds, factEntityIds, collect(e.id) AS mentionIds
DETACH DELETE a
RETURN factIds, factEntityIds + mentionIds AS entityIds
