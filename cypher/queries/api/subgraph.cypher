// description: The subgraph around some entities: nodes within $hops edges that pass the filters (seeds first, then by distance), capped at $maxNodes, and the fact ids between kept nodes.
// description: An edge passes when its type, status, source count and dates match; dates overlap [from, to] at the coarser precision.
// description: Breadth-first one level at a time with de-duplicated frontiers: the cost follows the entities reached, not the paths to them.
// param ids: string[] - seed entity ids
// param types: string[] - relation types to traverse and return
// param statuses: string[] - fact statuses to keep
// param minSources: int - minimum sourceCount of a kept fact
// param from: string? - partial date, or null
// param to: string? - partial date, or null
// param hops: int - 0..3 (the API cap)
// param maxNodes: int - node cap
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS level0
CALL (level0) {
  UNWIND CASE WHEN $hops >= 1 THEN level0 ELSE [] END AS a
  MATCH (a)-[r]-(n:Entity)
  WHERE type(r) IN $types AND r.status IN $statuses AND r.sourceCount >= $minSources
      AND ($from IS NULL OR left(coalesce(r.lastDate, r.firstDate), size($from)) >= left($from, size(coalesce(r.lastDate, r.firstDate))))
      AND ($to IS NULL OR left(coalesce(r.firstDate, r.lastDate), size($to)) <= left($to, size(coalesce(r.firstDate, r.lastDate))))
  WITH DISTINCT n
  WHERE NOT n IN level0
  RETURN collect(n) AS level1
}
CALL (level0, level1) {
  UNWIND CASE WHEN $hops >= 2 THEN level1 ELSE [] END AS a
  MATCH (a)-[r]-(n:Entity)
  WHERE type(r) IN $types AND r.status IN $statuses AND r.sourceCount >= $minSources
      AND ($from IS NULL OR left(coalesce(r.lastDate, r.firstDate), size($from)) >= left($from, size(coalesce(r.lastDate, r.firstDate))))
      AND ($to IS NULL OR left(coalesce(r.firstDate, r.lastDate), size($to)) <= left($to, size(coalesce(r.firstDate, r.lastDate))))
  WITH DISTINCT n
  WHERE NOT n IN level0 AND NOT n IN level1
  RETURN collect(n) AS level2
}
CALL (level0, level1, level2) {
  UNWIND CASE WHEN $hops >= 3 THEN level2 ELSE [] END AS a
  MATCH (a)-[r]-(n:Entity)
  WHERE type(r) IN $types AND r.status IN $statuses AND r.sourceCount >= $minSources
      AND ($from IS NULL OR left(coalesce(r.lastDate, r.firstDate), size($from)) >= left($from, size(coalesce(r.lastDate, r.firstDate))))
      AND ($to IS NULL OR left(coalesce(r.firstDate, r.lastDate), size($to)) <= left($to, size(coalesce(r.firstDate, r.lastDate))))
  WITH DISTINCT n
  WHERE NOT n IN level0 AND NOT n IN level1 AND NOT n IN level2
  RETURN collect(n) AS level3
}
UNWIND [x IN level0 | [x, 0]] + [x IN level1 | [x, 1]] + [x IN level2 | [x, 2]] + [x IN level3 | [x, 3]] AS hit
WITH hit[0] AS n, hit[1] AS distance
ORDER BY distance, n.name, n.id
WITH collect(n) AS reached
WITH reached[..$maxNodes] AS kept, size(reached) > $maxNodes AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND type(r) IN $types AND r.status IN $statuses AND r.sourceCount >= $minSources
    AND ($from IS NULL OR left(coalesce(r.lastDate, r.firstDate), size($from)) >= left($from, size(coalesce(r.lastDate, r.firstDate))))
    AND ($to IS NULL OR left(coalesce(r.firstDate, r.lastDate), size($to)) <= left($to, size(coalesce(r.firstDate, r.lastDate))))
  RETURN collect(r.factId) AS factIds
}
RETURN [n IN kept | n.id] AS entityIds, factIds, truncated
