// description: Resolves and writes the entities of a GraphBatch: each row becomes the entity with its exact id, else the owner of its first known alias key, else (rows that may create) the owner of its claim key, MERGE'd under the AliasKey uniqueness constraint so that concurrent writers of the same new entity converge on one node. Creates missing entities (type label from row.type, checked against the vocabulary first; a new entity takes over the archived facts of its ArchivedEntity copies, which go), adds aliases (the row's name too, when the entity is named otherwise) and keys, replaces a placeholder name. Returns each row's canonical id, its type in the graph and whether this statement created it.
// param entities: {handle, id, type, name?, aliases: string[], aliasKeys: string[], keys: string[], lookupKeys: string[], claimKey?, create: boolean, kind?, description?, wikidata?, origin?}[] - sorted by claim key (stable lock order)
UNWIND $entities AS row
OPTIONAL MATCH (exact:Entity {id: row.id})
WITH row, exact,
     CASE WHEN exact IS NULL THEN COLLECT {
       UNWIND range(0, size(row.lookupKeys) - 1) AS i
       MATCH (k:AliasKey {key: row.lookupKeys[i]})
       RETURN k.entityId ORDER BY i
     }[0] END AS keyOwner
WITH row, coalesce(exact.id, keyOwner) AS found
OPTIONAL CALL (row, found) {
  WITH row WHERE found IS NULL AND row.create AND row.claimKey IS NOT NULL
  MERGE (k:AliasKey {key: row.claimKey})
  ON CREATE SET k.entityId = row.id
  RETURN k.entityId AS claimed
}
WITH row, coalesce(found, claimed, CASE WHEN row.create THEN row.id END) AS id
OPTIONAL CALL (row, id) {
  WITH row, id WHERE id IS NOT NULL
  MERGE (e:Entity {id: id})
  ON CREATE SET e:$(row.type), e.name = coalesce(row.name, row.id), e.aliases = [], e.aliasKeys = [], e.kind = row.kind,
                e.description = row.description, e.wikidata = row.wikidata, e.origin = row.origin, e.newInStatement = true
  WITH row, e, e.newInStatement IS NOT NULL AS created, [l IN labels(e) WHERE l <> 'Entity'][0] AS type
  // an entity deleted earlier and named again: its ArchivedEntity copies (parties of archived facts, left by
  // ingest/delete-orphan-entities) merge into the new node, so knownAt reads those facts from the one entity
  CALL (e, created) {
    WITH e WHERE created
    MATCH (x:ArchivedEntity {id: e.id})
    CALL (x, e) {
      MATCH (f:ArchivedFact)-[l:ARCHIVED_SUBJECT|ARCHIVED_OBJECT]->(x)
      CREATE (f)-[:$(type(l))]->(e)
      DELETE l
    }
    DETACH DELETE x
  }
  CALL (row, e, type) {
    WITH row, e WHERE row.create AND type = row.type
    WITH row, e,
         reduce(acc = coalesce(e.aliases, []), a IN CASE WHEN row.name IS NULL OR row.name = e.name THEN [] ELSE [row.name] END + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
    SET e.name = CASE WHEN e.name = e.id AND row.name IS NOT NULL THEN row.name ELSE e.name END,
        e.aliases = aliases,
        e.aliasKeys = reduce(acc = coalesce(e.aliasKeys, []), k IN row.aliasKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
        e.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a),
        e.kind = coalesce(e.kind, row.kind),
        e.description = coalesce(e.description, row.description),
        e.wikidata = coalesce(e.wikidata, row.wikidata)
    FOREACH (key IN row.keys | MERGE (k:AliasKey {key: key}) ON CREATE SET k.entityId = e.id)
  }
  RETURN e, created, type
}
WITH collect({handle: row.handle, id: e.id, type: type, created: coalesce(created, false)}) AS rows, collect(e) AS written
FOREACH (e IN written | REMOVE e.newInStatement)
WITH rows
UNWIND rows AS r
RETURN r.handle AS handle, r.id AS id, r.type AS type, r.created AS created
