// description: One page of entity ids filtered by type, kind and name prefix (name or any alias key), ordered by name, with the total.
// param type: string? - entity type (label), or null for all
// param kind: string? - Organization kind, or null
// param prefix: string? - lower-cased, accent-stripped name prefix, or null
// param skip: int - offset of the page
// param limit: int - page size
MATCH (e:Entity)
WHERE ($type IS NULL OR $type IN labels(e))
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($prefix IS NULL OR any(k IN coalesce(e.aliasKeys, []) + [toLower(e.name)] WHERE k STARTS WITH $prefix))
WITH e ORDER BY toLower(e.name), e.id
WITH collect(e.id) AS matched
RETURN size(matched) AS totalCount, matched[$skip..$skip + $limit] AS ids
