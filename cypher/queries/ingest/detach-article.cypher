// description: Retracts an article: archives it as a (:RetractedArticle {retractedAt}) copy with a RETRACTED_REPORT edge (the report's properties, recordedAt kept, retractedAt added) per fact it reported, then deletes it with its REPORTS and MENTIONS; returns the facts and entities it touched so that unsupported ones can be removed.
// param articleId: string - the article to retract
// param retractedAt: string - record time of the retraction (ISO date-time, UTC)
MATCH (a:Article {id: $articleId})
CREATE (x:RetractedArticle)
SET x = properties(a), x.retractedAt = $retractedAt
WITH a, x
OPTIONAL MATCH (a)-[r:REPORTS]->(f:Fact)
CALL (x, r, f) {
  WITH x, r, f WHERE r IS NOT NULL
  CREATE (x)-[y:RETRACTED_REPORT]->(f)
  SET y = properties(r), y.retractedAt = $retractedAt
}
WITH a, collect(DISTINCT f.id) AS factIds, collect(f.subjectId) + collect(f.objectId) AS factEntityIds
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, factIds, factEntityIds, collect(e.id) AS mentionIds
DETACH DELETE a
RETURN factIds, factEntityIds + mentionIds AS entityIds
