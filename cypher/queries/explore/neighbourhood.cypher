// description: An entity's two-hop neighbourhood over facts: every entity within two facts of it, with its distance.
// param entity: string - entity id, e.g. gustavo-petro
MATCH p = (e:Entity {id: $entity})-[rels*1..2]-(n:Entity)
WHERE n <> e AND all(r IN rels WHERE r.factId IS NOT NULL) AND all(x IN nodes(p) WHERE x:Entity)
WITH n, min(length(p)) AS hops
RETURN hops, n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
ORDER BY hops, name
