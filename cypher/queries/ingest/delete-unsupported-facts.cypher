// description: Takes the facts that no article reports any more out of the live graph: their traversal edges go; a fact a retracted report remembers becomes (:ArchivedFact {retractedAt}) with ARCHIVED_SUBJECT / ARCHIVED_OBJECT edges and its ENDS / DENIES links kept (knownAt reads it), any other is deleted with its links. Returns how many went and the facts they were linked to (to recompute).
// param factIds: string[] - candidate facts
// param retractedAt: string - record time of the retraction (ISO date-time, UTC)
UNWIND $factIds AS id
MATCH (f:Fact {id: id})
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(f) }
CALL (f) {
  MATCH (f)-[:SUBJECT]->(s:Entity)
  MATCH (f)-[:OBJECT]->(o:Entity)
  MATCH (s)-[e:$(f.relation)]->(o)
  WHERE e.factId = f.id
  DELETE e
}
// ENDS / DENIES links stay with an archived fact (knownAt reads them: what ended or denied it
// then); the live statements match (:Fact) ends only, so they no longer count today
CALL (f) {
  OPTIONAL MATCH (f)-[:ENDS|DENIES]-(t:Fact)
  RETURN collect(DISTINCT t.id) AS linked
}
WITH f, linked, EXISTS { (:RetractedArticle)-[:RETRACTED_REPORT]->(f) } AS archive
CALL (f, archive) {
  WITH f WHERE archive
  MATCH (f)-[sl:SUBJECT]->(s:Entity)
  MATCH (f)-[ol:OBJECT]->(o:Entity)
  CREATE (f)-[:ARCHIVED_SUBJECT]->(s)
  CREATE (f)-[:ARCHIVED_OBJECT]->(o)
  DELETE sl, ol
  REMOVE f:Fact
  SET f:ArchivedFact, f.retractedAt = $retractedAt
}
CALL (f, archive) {
  WITH f WHERE NOT archive
  DETACH DELETE f
}
RETURN count(*) AS deleted, reduce(all = [], l IN collect(linked) | all + l) AS linked
