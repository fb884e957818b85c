// description: Recomputes each fact's aggregates from its REPORTS (sourceCount, status, confidence, first / last date) and copies them onto its traversal edge.
// param factIds: string[] - facts whose sources changed (missing ids are skipped)
UNWIND $factIds AS id
MATCH (f:Fact {id: id})<-[r:REPORTS]-(:Article)
WITH f, collect(r) AS rs
WITH f, rs, [x IN rs WHERE x.date IS NOT NULL | x.date] AS dates
SET f.sourceCount = size(rs),
    f.status = CASE WHEN any(x IN rs WHERE x.status = 'asserted') THEN 'asserted' WHEN any(x IN rs WHERE x.status = 'reported') THEN 'reported' ELSE 'denied' END,
    f.confidence = reduce(m = 0.0, x IN rs | CASE WHEN x.confidence > m THEN x.confidence ELSE m END),
    f.firstDate = reduce(d = null, x IN dates | CASE WHEN d IS NULL OR x < d THEN x ELSE d END),
    f.lastDate = reduce(d = null, x IN dates | CASE WHEN d IS NULL OR x > d THEN x ELSE d END)
// the stored sortable date (V005): newest first with undated ('') last
SET f.sortDate = coalesce(f.lastDate, f.firstDate, '')
WITH f
MATCH (f)-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
// both ends bound first and the type given: Expand(Into), not every relationship of a busy subject
MATCH (s)-[e:$(f.relation)]->(o)
WHERE e.factId = f.id
SET e = properties(f), e.factId = f.id, e.id = null, e.relation = null, e.subjectId = null, e.objectId = null, e.sortDate = null
RETURN count(f) AS refreshed
