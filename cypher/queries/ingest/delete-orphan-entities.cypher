// description: Deletes the entities left with no fact (live or archived: knownAt queries still name the parties of an archived fact) and no mention, with their alias keys.
// param entityIds: string[] - candidate entities
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Fact)-[:SUBJECT|OBJECT]->(e) } AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
  AND NOT EXISTS { (:ArchivedFact)-[:ARCHIVED_SUBJECT|ARCHIVED_OBJECT]->(e) }
CALL (e) {
  MATCH (k:AliasKey {entityId: e.id})
  DELETE k
}
DETACH DELETE e
RETURN count(*) AS deleted
