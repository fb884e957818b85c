// description: Deletes the entities left with no fact and no mention, with their alias keys. An entity that archived facts still name (knownAt reads them) is first copied to an (:ArchivedEntity {id, name, archivedType, ...}) node, outside the live graph, and the archived facts point at the copy.
// param entityIds: string[] - candidate entities
// param retractedAt: string - record time of the retraction (ISO date-time, UTC)
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Fact)-[:SUBJECT|OBJECT]->(e) } AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
CALL (e) {
  MATCH (k:AliasKey {entityId: e.id})
  DELETE k
}
CALL (e) {
  MATCH (f:ArchivedFact)-[l:ARCHIVED_SUBJECT|ARCHIVED_OBJECT]->(e)
  WITH e, collect(l) AS links
  WHERE size(links) > 0
  CREATE (x:ArchivedEntity)
  SET x = properties(e), x.aliasKeys = null, x.aliasText = null, x.archivedType = [l IN labels(e) WHERE l <> 'Entity'][0], x.retractedAt = $retractedAt
  WITH x, links
  UNWIND links AS l
  WITH x, l, startNode(l) AS f, type(l) AS role
  DELETE l
  CREATE (f)-[:$(role)]->(x)
}
DETACH DELETE e
RETURN count(*) AS deleted
