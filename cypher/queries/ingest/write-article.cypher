// description: Writes one article in one statement: entities (type label set dynamically from row.type), the article and its MENTIONS, facts with SUBJECT / OBJECT links, the one traversal edge per fact (type from row.relation), REPORTS provenance, then each fact's aggregates copied onto its edge. Ingest checks row.type / row.relation against the vocabulary first. Returns what was new.
// param entities: {id, type, name, aliases: string[], aliasKeys: string[], kind?, description?, wikidata?}[] - sorted by id (stable lock order)
// param article: {id, title, url?, publisher?, author?, publishedAt?, language, contentHash} - article properties
// param mentions: string[] - ids of the entities the article names
// param facts: {id, relation, subjectId, objectId, properties: map, report: map}[] - one row per fact, sorted by id
CALL () {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.kind = row.kind, e.description = row.description, e.wikidata = row.wikidata
  WITH e, row,
       reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc OR a = e.name THEN acc ELSE acc + a END) AS aliases,
       reduce(acc = coalesce(e.aliasKeys, []), k IN row.aliasKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS aliasKeys
  SET e.aliases = aliases,
      e.aliasKeys = aliasKeys,
      e.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a),
      e.kind = coalesce(e.kind, row.kind),
      e.description = coalesce(e.description, row.description),
      e.wikidata = coalesce(e.wikidata, row.wikidata)
  RETURN count(*) AS entityRows
}
MERGE (a:Article {id: $article.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.title = $article.title,
    a.url = $article.url,
    a.publisher = $article.publisher,
    a.author = $article.author,
    a.publishedAt = $article.publishedAt,
    a.language = $article.language,
    a.contentHash = $article.contentHash
WITH a
CALL (a) {
  UNWIND $mentions AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (a)-[:MENTIONS]->(e)
  RETURN count(*) AS mentionRows
}
CALL (a) {
  UNWIND $facts AS row
  MATCH (s:Entity {id: row.subjectId})
  MATCH (o:Entity {id: row.objectId})
  OPTIONAL MATCH (known:Fact {id: row.id})
  WITH a, row, s, o, known IS NOT NULL AS existed,
       CASE WHEN known IS NULL THEN false ELSE EXISTS { (a)-[:REPORTS]->(known) } END AS reported
  MERGE (f:Fact {id: row.id})
  ON CREATE SET f.relation = row.relation, f.subjectId = row.subjectId, f.objectId = row.objectId
  SET f += row.properties
  MERGE (f)-[:SUBJECT]->(s)
  MERGE (f)-[:OBJECT]->(o)
  MERGE (s)-[:$(row.relation) {factId: row.id}]->(o)
  MERGE (a)-[r:REPORTS]->(f)
  SET r = row.report
  RETURN sum(CASE WHEN existed THEN 0 ELSE 1 END) AS factsCreated,
         sum(CASE WHEN existed AND NOT reported THEN 1 ELSE 0 END) AS factsCorroborated,
         sum(CASE WHEN reported THEN 0 ELSE 1 END) AS sourcesAdded
}
CALL () {
  UNWIND $facts AS row
  MATCH (f:Fact {id: row.id})<-[r:REPORTS]-(:Article)
  WITH f, collect(r) AS rs
  WITH f, rs, [x IN rs WHERE x.date IS NOT NULL | x.date] AS dates
  SET f.sourceCount = size(rs),
      f.status = CASE WHEN any(x IN rs WHERE x.status = 'asserted') THEN 'asserted' ELSE 'reported' END,
      f.confidence = reduce(m = 0.0, x IN rs | CASE WHEN x.confidence > m THEN x.confidence ELSE m END),
      f.firstDate = reduce(d = null, x IN dates | CASE WHEN d IS NULL OR x < d THEN x ELSE d END),
      f.lastDate = reduce(d = null, x IN dates | CASE WHEN d IS NULL OR x > d THEN x ELSE d END)
  SET f.sortDate = coalesce(f.lastDate, f.firstDate, '')
  WITH f
  MATCH (f)-[:SUBJECT]->(s:Entity)
  MATCH (f)-[:OBJECT]->(o:Entity)
  MATCH (s)-[e:$(f.relation)]->(o)
  WHERE e.factId = f.id
  SET e = properties(f), e.factId = f.id, e.id = null, e.relation = null, e.subjectId = null, e.objectId = null, e.sortDate = null
  RETURN count(*) AS refreshed
}
RETURN factsCreated, factsCorroborated, sourcesAdded
