// description: Deletes the facts (and their traversal edges) that no article reports any more.
// param factIds: string[] - candidate facts
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
DETACH DELETE f
RETURN count(*) AS deleted
