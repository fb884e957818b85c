// description: The most connected entities: number of facts each takes part in (as subject or object).
// param limit: int = 10 - how many entities to list
MATCH (e:Entity)-[r]-(:Entity)
WHERE r.factId IS NOT NULL
WITH e, count(DISTINCT r.factId) AS facts
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, facts
ORDER BY facts DESC, name
LIMIT $limit
