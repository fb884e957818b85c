// description: Entities within $hops traversal edges (of the given relation types) of one entity, nearest first.
// param id: string - the centre entity
// param types: string[] - relation types to traverse (either direction)
// param hops: int - 1..3 (the pattern's upper bound is the API cap)
MATCH (c:Entity {id: $id})
MATCH p = ANY SHORTEST (c)-[r WHERE type(r) IN $types]-{1,3}(n:Entity)
WHERE length(p) <= $hops AND n <> c
RETURN n.id AS id, length(p) AS distance
ORDER BY distance, n.name, n.id
