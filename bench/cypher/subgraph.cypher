// description: Floor for subgraph(hops: 1): the given entities, their neighbours (at most $maxNodes nodes in all) and the traversal edges among them.
// param ids: string[] - centre entities
// param maxNodes: int - node cap
MATCH (c:Entity) WHERE c.id IN $ids
WITH collect(c) AS centres
CALL (centres) {
  UNWIND centres AS c
  MATCH (c)-[:__TYPES__]-(n:Entity)
  WHERE NOT n IN centres
  WITH DISTINCT n LIMIT toInteger($maxNodes)
  RETURN collect(n) AS neighbours
}
WITH (centres + neighbours)[..toInteger($maxNodes)] AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:__TYPES__]->(b:Entity) WHERE b IN nodes
RETURN [x IN nodes | x {.id, .name}] AS nodes, collect(r {.factId, .sourceCount, type: type(r), subject: a.id, object: b.id}) AS edges
