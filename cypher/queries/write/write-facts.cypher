// description: Upserts the facts of a GraphBatch: a new fact gets its SUBJECT / OBJECT links, its one traversal edge (type from row.relation, checked against the vocabulary first) and its record time (recordedAt); every report becomes a REPORTS edge stamped with recordedAt (properties replaced when row.update, else set once; the first recordedAt is kept); the aggregates (sourceCount, status, confidence, first / last date) are updated from the new reports only and copied onto the traversal edge (validity, publisherCount and contested follow in write/link-facts). Returns, per fact, whether it is new, which reports were added, and whether an existing report changed (then its aggregates need ingest/refresh-facts).
// param facts: {id, relation, subjectId, objectId, properties: map, origin?, reports: {articleId, update: boolean, properties: map}[]}[] - one row per fact id, sorted by id
// param recordedAt: string - record time of this batch (ISO date-time, UTC, milliseconds)
UNWIND $facts AS row
MATCH (s:Entity {id: row.subjectId})
MATCH (o:Entity {id: row.objectId})
MERGE (f:Fact {id: row.id})
ON CREATE SET f.relation = row.relation, f.subjectId = row.subjectId, f.objectId = row.objectId, f.sourceCount = 0, f.origin = row.origin, f.recordedAt = $recordedAt
SET f += row.properties
// sourceCount is 0 only on a fact this statement created: another writer's new fact is seen after its commit (MERGE waits on the constraint)
WITH row, s, o, f, f.sourceCount = 0 AS isNew
CALL (row, s, o, f, isNew) {
  WITH row, s, o, f WHERE isNew
  CREATE (f)-[:SUBJECT]->(s)
  CREATE (f)-[:OBJECT]->(o)
  CREATE (s)-[:$(row.relation) {factId: row.id}]->(o)
}
CALL (row, f) {
  UNWIND row.reports AS rep
  MATCH (a:Article {id: rep.articleId})
  MERGE (a)-[r:REPORTS]->(f)
  ON CREATE SET r = rep.properties, r.newInStatement = true, r.recordedAt = $recordedAt
  WITH rep, r, r.newInStatement IS NOT NULL AS added, coalesce(r.recordedAt, $recordedAt) AS recordedAt
  REMOVE r.newInStatement
  FOREACH (_ IN CASE WHEN rep.update AND NOT added THEN [1] ELSE [] END | SET r = rep.properties SET r.recordedAt = recordedAt)
  RETURN collect(CASE WHEN added THEN rep.properties END) AS newReports,
         collect({articleId: rep.articleId, added: added}) AS outcome,
         sum(CASE WHEN added OR NOT rep.update THEN 0 ELSE 1 END) > 0 AS changed
}
// creating a REPORTS edge locked f: the aggregates below read what the last writer committed
WITH row, s, o, f, isNew, outcome, changed, newReports, [x IN newReports WHERE x.date IS NOT NULL | x.date] AS dates
SET f.sourceCount = f.sourceCount + size(newReports),
    // asserted if any source asserts it, else reported if any reports it, else denied
    f.status = CASE WHEN f.status = 'asserted' OR any(x IN newReports WHERE x.status = 'asserted') THEN 'asserted'
                    WHEN f.status = 'reported' OR any(x IN newReports WHERE x.status = 'reported') THEN 'reported'
                    ELSE coalesce(f.status, 'denied') END,
    f.confidence = reduce(m = coalesce(f.confidence, 0.0), x IN newReports | CASE WHEN x.confidence > m THEN x.confidence ELSE m END),
    f.firstDate = reduce(d = f.firstDate, x IN dates | CASE WHEN d IS NULL OR x < d THEN x ELSE d END),
    f.lastDate = reduce(d = f.lastDate, x IN dates | CASE WHEN d IS NULL OR x > d THEN x ELSE d END)
// the stored sortable date (V005): newest first with undated ('') last
SET f.sortDate = coalesce(f.lastDate, f.firstDate, '')
WITH row, s, o, f, isNew, outcome, changed
CALL (row, s, o, f) {
  MATCH (s)-[e:$(row.relation)]->(o)
  WHERE e.factId = row.id
  SET e = properties(f), e.factId = f.id, e.id = null, e.relation = null, e.subjectId = null, e.objectId = null, e.sortDate = null
}
RETURN row.id AS id, isNew, outcome, changed
