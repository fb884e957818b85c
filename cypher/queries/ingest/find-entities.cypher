// description: Existing entities an article may name: by exact id, or by a normalised alias key (entity resolution against the graph).
// param ids: string[] - candidate entity ids
// param keys: string[] - normalised names / aliases (normalizeAlias)
MATCH (e:Entity)
WHERE e.id IN $ids OR any(k IN coalesce(e.aliasKeys, []) WHERE k IN $keys)
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, coalesce(e.aliasKeys, []) AS aliasKeys
