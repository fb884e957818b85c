// description: Entities already in the graph with their names and aliases, so the extractor resolves mentions to them (newsgraph add).
// param limit: integer = 20000 - at most this many entities
MATCH (e:Entity)
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind
ORDER BY e.id
LIMIT toInteger($limit)
