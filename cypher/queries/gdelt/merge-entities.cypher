// description: Upserts imported actors (the type label is set from row.type, which the importer checks against the vocabulary with isEntityType): creates missing ones, appends unseen aliases, and replaces a placeholder name (the id) once a real name is seen.
// param entities: list - rows {id, type, name (null when only the code is known), kind, aliases, aliasKeys}
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = coalesce(row.name, row.id), e.kind = row.kind,
                e.aliases = [], e.aliasKeys = [toLower(row.id)], e.origin = 'gdelt'
WITH e, row, coalesce(e.aliases, []) AS oldAliases, coalesce(e.aliasKeys, []) AS oldKeys
WITH e, row, oldAliases + [x IN row.aliases WHERE NOT x IN oldAliases] AS aliases,
     oldKeys + [k IN row.aliasKeys WHERE NOT k IN oldKeys] AS aliasKeys
SET e.name = CASE WHEN e.name = e.id AND row.name IS NOT NULL THEN row.name ELSE e.name END,
    e.aliases = aliases,
    e.aliasKeys = aliasKeys,
    e.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)
