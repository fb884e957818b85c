// description: Entities within $hops traversal edges (of the given relation types) of one entity, nearest first.
// description: Breadth-first, one level at a time with de-duplicated frontiers, so the cost follows the number of
// description: entities reached, not the number of paths to them (a hub has millions of 3-hop paths).
// param id: string - the centre entity
// param types: string[] - relation types to traverse (either direction)
// param hops: int - 1..3 (the API cap)
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE type(r) IN $types AND n <> c
  RETURN collect(DISTINCT n) AS level1
}
CALL (c, level1) {
  UNWIND CASE WHEN $hops >= 2 THEN level1 ELSE [] END AS n1
  MATCH (n1)-[r]-(n:Entity)
  WHERE type(r) IN $types AND n <> c
  WITH DISTINCT n
  WHERE NOT n IN level1
  RETURN collect(n) AS level2
}
CALL (c, level1, level2) {
  UNWIND CASE WHEN $hops >= 3 THEN level2 ELSE [] END AS n2
  MATCH (n2)-[r]-(n:Entity)
  WHERE type(r) IN $types AND n <> c
  WITH DISTINCT n
  WHERE NOT n IN level1 AND NOT n IN level2
  RETURN collect(n) AS level3
}
UNWIND [x IN level1 | [x, 1]] + [x IN level2 | [x, 2]] + [x IN level3 | [x, 3]] AS hit
WITH hit[0] AS n, hit[1] AS distance
RETURN n.id AS id, distance
ORDER BY distance, n.name, n.id
