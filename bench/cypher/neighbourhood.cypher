// description: Floor for neighbourhood(hops: 2): distinct entities one and two traversal edges away (__TYPES__ = the vocabulary's relation types).
// param id: string - centre entity
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (c)-[:__TYPES__]-(n1:Entity)
WITH c, collect(DISTINCT n1) AS first
CALL (c, first) {
  UNWIND first AS n1
  MATCH (n1)-[:__TYPES__]-(n2:Entity)
  WHERE n2 <> c AND NOT n2 IN first
  RETURN collect(DISTINCT n2) AS second
}
UNWIND first + second AS n
RETURN n.id AS id, n.name AS name
