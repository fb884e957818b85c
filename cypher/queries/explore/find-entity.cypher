// description: Find entities by (part of) a name or alias, to get the ids the other queries take.
// param text: string - part of a name or alias, e.g. petro
WITH toLower($text) AS needle
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS needle OR any(k IN coalesce(e.aliasKeys, []) WHERE k CONTAINS needle)
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.kind AS kind
ORDER BY name
