// description: What write/resolve-entities would resolve each row to, without writing (dry runs): the entity with the exact id, else the owner of the first known alias key. Rows that would create an entity come back with a null id.
// param entities: {handle, id, lookupKeys: string[]}[] - the rows of a GraphBatch
UNWIND $entities AS row
OPTIONAL MATCH (exact:Entity {id: row.id})
WITH row, exact,
     CASE WHEN exact IS NULL THEN COLLECT {
       UNWIND range(0, size(row.lookupKeys) - 1) AS i
       MATCH (k:AliasKey {key: row.lookupKeys[i]})
       RETURN k.entityId ORDER BY i
     }[0] END AS keyOwner
OPTIONAL MATCH (e:Entity {id: coalesce(exact.id, keyOwner)})
RETURN row.handle AS handle, e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type
