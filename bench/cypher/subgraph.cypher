// description: Floor for subgraph(hops: 1): the given entities, their neighbours (at most $maxNodes nodes) and the traversal edges among them.
// param ids: string[] - centre entities
// param maxNodes: int - node cap
MATCH (c:Entity) WHERE c.id IN $ids
OPTIONAL MATCH (c)-[:__TYPES__]-(n:Entity)
WITH collect(DISTINCT c) + collect(DISTINCT n) AS all
WITH reduce(acc = [], x IN all | CASE WHEN x IN acc THEN acc ELSE acc + x END)[..toInteger($maxNodes)] AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:__TYPES__]->(b:Entity) WHERE b IN nodes
RETURN [x IN nodes | x {.id, .name}] AS nodes, collect(r {.factId, .sourceCount, type: type(r), subject: a.id, object: b.id}) AS edges
