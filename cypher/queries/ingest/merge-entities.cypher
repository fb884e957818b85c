// description: Creates or updates entities; the type label is set dynamically from row.type, which ingest checks against the vocabulary (isEntityType) first. Aliases accumulate.
// param entities: {id, type, name, aliases: string[], aliasKeys: string[], kind?, description?, wikidata?}[] - sorted by id (stable lock order)
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.type), e.name = row.name, e.kind = row.kind, e.description = row.description, e.wikidata = row.wikidata
WITH e, row,
     reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc OR a = e.name THEN acc ELSE acc + a END) AS aliases,
     reduce(acc = coalesce(e.aliasKeys, []), k IN row.aliasKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS aliasKeys
SET e.aliases = aliases,
    e.aliasKeys = aliasKeys,
    e.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a),
    e.kind = coalesce(e.kind, row.kind),
    e.description = coalesce(e.description, row.description),
    e.wikidata = coalesce(e.wikidata, row.wikidata)
