// description: Before ingesting an article: its stored content hash (null when new) and the existing entities it may name, by exact id or by a normalised alias key (entity resolution against the graph).
// param articleId: string - the article being ingested
// param ids: string[] - candidate entity ids
// param keys: string[] - normalised names / aliases (normalizeAlias)
OPTIONAL MATCH (a:Article {id: $articleId})
CALL () {
  MATCH (e:Entity)
  WHERE e.id IN $ids OR any(k IN coalesce(e.aliasKeys, []) WHERE k IN $keys)
  RETURN collect({id: e.id, type: [l IN labels(e) WHERE l <> 'Entity'][0], aliasKeys: coalesce(e.aliasKeys, [])}) AS entities
}
RETURN a.contentHash AS articleHash, entities
