// description: The shortest chain of facts between two entities (either direction, at most 6 facts).
// param from: string - entity id, e.g. jean-noel-barrot
// param to: string - entity id, e.g. gustavo-petro
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.factId IS NOT NULL)
RETURN length(p) AS hops, p AS path
