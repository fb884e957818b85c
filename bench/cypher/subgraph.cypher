// description: Floor for subgraph(hops: 1): the given entities, their neighbours over traversal edges (__TYPES__ = the vocabulary's relation types), nearest first by name, at most $maxNodes, and the traversal edges among them; the lists in slices of 200 per row, like the API's statement (one record of 10,000 edges decodes in neo4j-driver twice as slowly as the same data in rows).
// param ids: string[] - centre entities
// param maxNodes: int - node cap
MATCH (c:Entity) WHERE c.id IN $ids
WITH collect(c) AS centres
CALL (centres) {
  UNWIND centres AS c
  MATCH (c)-[:__TYPES__]-(n:Entity)
  WHERE NOT n IN centres
  WITH DISTINCT n ORDER BY n.name, n.id
  RETURN collect(n) AS neighbours
}
WITH centres + neighbours AS reached
WITH reached[..toInteger($maxNodes)] AS nodes, size(reached) > toInteger($maxNodes) AS truncated
WITH truncated, [x IN nodes | x {.id, .name}] AS nodes, COLLECT {
  UNWIND nodes AS a
  MATCH (a)-[r:__TYPES__]->(b:Entity) WHERE b IN nodes
  RETURN r {.factId, .sourceCount, type: type(r), subject: a.id, object: b.id}
} AS edges
UNWIND range(0, CASE WHEN size(edges) > size(nodes) THEN size(edges) - 1 ELSE size(nodes) - 1 END, 200) AS at
RETURN truncated, nodes[at..at + 200] AS nodes, edges[at..at + 200] AS edges
