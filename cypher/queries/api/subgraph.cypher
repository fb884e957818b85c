// description: The subgraph around some entities: nodes within $hops edges that pass the filters (seeds first, then by distance), capped at $maxNodes, and the fact ids between kept nodes.
// description: An edge passes when its type, status, source count and dates match; dates overlap [from, to] at the coarser precision.
// param ids: string[] - seed entity ids
// param types: string[] - relation types to traverse and return
// param statuses: string[] - fact statuses to keep
// param minSources: int - minimum sourceCount of a kept fact
// param from: string? - partial date, or null
// param to: string? - partial date, or null
// param hops: int - 0..3 (the pattern's upper bound is the API cap)
// param maxNodes: int - node cap
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
CALL (seeds) {
  UNWIND seeds AS s
  MATCH p = ANY SHORTEST (s)-[r WHERE type(r) IN $types AND r.status IN $statuses AND r.sourceCount >= $minSources
      AND ($from IS NULL OR left(coalesce(r.lastDate, r.firstDate), size($from)) >= left($from, size(coalesce(r.lastDate, r.firstDate))))
      AND ($to IS NULL OR left(coalesce(r.firstDate, r.lastDate), size($to)) <= left($to, size(coalesce(r.firstDate, r.lastDate))))
    ]-{0,3}(n:Entity)
  WHERE length(p) <= $hops
  RETURN n, min(length(p)) AS distance
}
WITH n, min(distance) AS distance ORDER BY distance, n.name, n.id
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
