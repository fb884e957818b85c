// description: Floor for shortestPaths: one shortest path of at most 4 traversal edges, either direction.
// param from: string - start entity
// param to: string - end entity
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:__TYPES__]-{1,4}(b)
RETURN [n IN nodes(p) | n {.id, .name}] AS entities, [r IN relationships(p) | r.factId] AS facts
