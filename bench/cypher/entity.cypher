// description: Floor for the API's entity query: an entity, its degree, its 20 latest facts with both ends and their sources.
// param id: string - entity id
MATCH (e:Entity {id: $id})
CALL (e) { MATCH (e)-[r]-(:Entity) WHERE r.factId IS NOT NULL RETURN count(r) AS degree }
CALL (e) { MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e) RETURN count(f) AS total }
CALL (e) {
  MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e)
  WITH f ORDER BY f.lastDate DESC, f.id LIMIT 20
  MATCH (f)-[:SUBJECT]->(s:Entity)
  MATCH (f)-[:OBJECT]->(o:Entity)
  CALL (f) {
    MATCH (a:Article)-[r:REPORTS]->(f)
    RETURN collect({evidence: r.evidence, date: r.date, article: a {.id, .title, .url}}) AS sources
  }
  RETURN collect(f {.id, .relation, .firstDate, subject: s {.id, .name}, object: o {.id, .name}, sources: sources}) AS relations
}
RETURN e {.id, .name, .aliases, .kind, degree: degree, totalCount: total, relations: relations} AS entity
