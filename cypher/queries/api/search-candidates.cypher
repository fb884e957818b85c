// description: Entities whose name or aliases match a full-text query (the entityNames index), the best 200, for the final typo-tolerant ranking in src/api/rankSearchHits.ts.
// param lucene: string - Lucene query built by src/api/toFulltextQuery.ts
// param types: string[] - entity types (labels) to keep
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 200}) YIELD node AS e
WHERE any(l IN labels(e) WHERE l IN $types)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.aliasKeys, []) AS aliasKeys
