// description: Actors who publicly distanced themselves from an operation (or actor), and whether they are allies of whoever conducted it.
// param target: string - id of the operation or actor, e.g. us-boat-strike-campaign
MATCH (a:Entity)-[r:DISTANCED_FROM]->(t:Entity {id: $target})
OPTIONAL MATCH (conductor:Entity)-[:CONDUCTED]->(t)
OPTIONAL MATCH (a)-[:ALLY_OF]-(conductor)
WITH a, r, collect(DISTINCT conductor.name) AS alliedWith
RETURN a.id AS actorId, a.name AS actor, r.firstDate AS date, r.sourceCount AS sources, alliedWith
ORDER BY actor
