// description: One page of fact ids filtered by relation type, subject, object, article, date range and status, newest first, with the total.
// description: Dates overlap [from, to] at the coarser precision; undated facts are dropped by a date filter.
// param types: string[] - relation types to keep
// param statuses: string[] - fact statuses to keep
// param subject: string? - subject entity id, or null
// param object: string? - object entity id, or null
// param article: string? - id of an article that reports the fact, or null
// param from: string? - partial date, or null
// param to: string? - partial date, or null
// param skip: int - offset of the page
// param limit: int - page size
MATCH (f:Fact)
WHERE f.relation IN $types
  AND f.status IN $statuses
  AND ($subject IS NULL OR f.subjectId = $subject)
  AND ($object IS NULL OR f.objectId = $object)
  AND ($article IS NULL OR EXISTS { MATCH (:Article {id: $article})-[:REPORTS]->(f) })
  AND ($from IS NULL OR left(coalesce(f.lastDate, f.firstDate), size($from)) >= left($from, size(coalesce(f.lastDate, f.firstDate))))
  AND ($to IS NULL OR left(coalesce(f.firstDate, f.lastDate), size($to)) <= left($to, size(coalesce(f.firstDate, f.lastDate))))
WITH f ORDER BY coalesce(f.lastDate, f.firstDate, '') DESC, f.id
WITH collect(f.id) AS matched
RETURN size(matched) AS totalCount, matched[$skip..$skip + $limit] AS ids
