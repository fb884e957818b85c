// description: Names and alias keys of all entities of the given types, for typo-tolerant ranking in src/api/rankSearchHits.ts.
// param types: string[] - entity types (labels) to search
MATCH (e:Entity)
WHERE any(l IN labels(e) WHERE l IN $types)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.aliasKeys, []) AS aliasKeys
