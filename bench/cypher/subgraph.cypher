// description: Floor for subgraph(hops: 1): the given entities, their neighbours over traversal edges (__TYPES__ = the vocabulary's relation types), nearest first by name, at most $maxNodes, and the traversal edges among them; nodes and edges as lists of values (neo4j-driver decodes every key of every map: 10,000 edges as maps take 1.6x as long), in slices of 50 per row like the API's statement (one record of 10,000 edges decodes twice as slowly as the same data in rows).
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
WITH truncated, [x IN nodes | [x.id, x.name]] AS nodes, COLLECT {
  UNWIND nodes AS a
  MATCH (a)-[r:__TYPES__]->(b:Entity) WHERE b IN nodes
  RETURN [r.factId, r.sourceCount, type(r), a.id, b.id]
} AS edges
UNWIND range(0, CASE WHEN size(edges) > size(nodes) THEN size(edges) - 1 ELSE size(nodes) - 1 END, 50) AS at
RETURN truncated, nodes[at..at + 50] AS nodes, edges[at..at + 50] AS edges
