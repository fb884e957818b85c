// description: The shortest path (or, with $all, every shortest path) between two entities over traversal edges of the given types, as entity ids and fact ids.
// param from: string - start entity id
// param to: string - end entity id
// param types: string[] - relation types to traverse (either direction)
// param maxHops: int - 1..6 (the pattern's upper bound is the API cap)
// param all: boolean - every shortest path instead of one
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH p LIMIT CASE WHEN $all THEN 100 ELSE 1 END
RETURN [n IN nodes(p) | n.id] AS entityIds, [r IN relationships(p) | r.factId] AS factIds
