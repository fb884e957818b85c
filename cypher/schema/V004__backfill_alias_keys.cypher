// Builds the AliasKey nodes of entities written before V003 from their aliasKeys lists
// (a key two entities share goes to the first by id). Re-runnable: MERGE on the key.
MATCH (e:Entity)
WITH e, [l IN labels(e) WHERE l <> 'Entity'][0] AS type
UNWIND coalesce(e.aliasKeys, []) AS k
WITH e.id AS entityId, type + ':' + k AS key
ORDER BY entityId
MERGE (a:AliasKey {key: key})
ON CREATE SET a.entityId = entityId;
