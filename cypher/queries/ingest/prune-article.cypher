// description: Before re-ingesting a changed article: drops its REPORTS and MENTIONS that the new version no longer has; returns what they pointed at for cleanup.
// param articleId: string - the article
// param factIds: string[] - facts the new version reports
// param entityIds: string[] - entities the new version mentions
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[r:REPORTS]->(f:Fact) WHERE NOT f.id IN $factIds
WITH a, collect(r) AS reports, collect(f.id) AS factIds, collect(f.subjectId) + collect(f.objectId) AS factEntityIds
FOREACH (r IN reports | DELETE r)
WITH a, factIds, factEntityIds
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity) WHERE NOT e.id IN $entityIds
WITH factIds, factEntityIds, collect(m) AS mentions, collect(e.id) AS mentionIds
FOREACH (m IN mentions | DELETE m)
RETURN factIds, factEntityIds + mentionIds AS entityIds
