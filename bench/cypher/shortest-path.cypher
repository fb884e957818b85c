// description: Floor for shortestPaths: one shortest path of at most 4 traversal edges, either direction; the entities and, for each step, the fact id and relation type (what the API query selects).
// param from: string - start entity
// param to: string - end entity
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:__TYPES__]-{1,4}(b)
RETURN [n IN nodes(p) | n {.id, .name}] AS entities, [r IN relationships(p) | {id: r.factId, relation: type(r)}] AS facts
