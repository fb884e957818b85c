// description: Deletes the entities left with no fact and no mention.
// param entityIds: string[] - candidate entities
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Fact)-[:SUBJECT|OBJECT]->(e) } AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS deleted
