// description: One page of the facts of each of several entities (Entity.relations), newest first, with the total per entity.
// description: Date filter: a fact is kept when its [firstDate, lastDate] overlaps [from, to], compared at the coarser precision; undated facts are dropped by a date filter.
// param ids: string[] - entity ids
// param types: string[] - relation types to keep (all vocabulary types when the caller gives none)
// param direction: string - OUTGOING (entity is the subject), INCOMING (the object) or BOTH
// param from: string? - partial date, or null
// param to: string? - partial date, or null
// param skip: int - offset of the page
// param limit: int - page size
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (f:Fact)-[role:SUBJECT|OBJECT]->(e)
  WHERE f.relation IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (type(role) = 'SUBJECT'))
    AND ($from IS NULL OR left(coalesce(f.lastDate, f.firstDate), size($from)) >= left($from, size(coalesce(f.lastDate, f.firstDate))))
    AND ($to IS NULL OR left(coalesce(f.firstDate, f.lastDate), size($to)) <= left($to, size(coalesce(f.firstDate, f.lastDate))))
  WITH DISTINCT f
  ORDER BY coalesce(f.lastDate, f.firstDate, '') DESC, f.id
  RETURN collect(f.id) AS factIds
}
RETURN id, size(factIds) AS totalCount, factIds[$skip..$skip + $limit] AS ids
