// description: Before re-ingesting a changed article: drops its REPORTS and MENTIONS that the new version no longer has (the dropped reports are archived like a retraction's: a RetractedArticle copy of the old version with RETRACTED_REPORT edges); returns what they pointed at for cleanup.
// param articleId: string - the article
// param factIds: string[] - facts the new version reports
// param entityIds: string[] - entities the new version mentions
// param retractedAt: string - record time of the replacement (ISO date-time, UTC)
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[r:REPORTS]->(f:Fact) WHERE NOT f.id IN $factIds
WITH a, collect(r) AS reports, collect(f.id) AS factIds, collect(f.subjectId) + collect(f.objectId) AS factEntityIds
CALL (a, reports) {
  WITH a, reports WHERE size(reports) > 0
  CREATE (x:RetractedArticle)
  SET x = properties(a), x.retractedAt = $retractedAt, x.replaced = true
  WITH x, reports
  UNWIND reports AS r
  WITH x, r, endNode(r) AS f
  CREATE (x)-[y:RETRACTED_REPORT]->(f)
  SET y = properties(r), y.retractedAt = $retractedAt
}
FOREACH (r IN reports | DELETE r)
WITH a, factIds, factEntityIds
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity) WHERE NOT e.id IN $entityIds
WITH factIds, factEntityIds, collect(m) AS mentions, collect(e.id) AS mentionIds
FOREACH (m IN mentions | DELETE m)
RETURN factIds, factEntityIds + mentionIds AS entityIds
