// description: Floor for the API's entity query: an entity, its degree (node degree over SUBJECT / OBJECT, no expansion), its 20 latest facts with both ends and their sources, the total.
// param id: string - entity id
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[:SUBJECT|OBJECT]-(f:Fact)
  WITH DISTINCT f ORDER BY f.sortDate DESC, f.id LIMIT 20
  MATCH (f)-[:SUBJECT]->(s:Entity)
  MATCH (f)-[:OBJECT]->(o:Entity)
  CALL (f) {
    MATCH (a:Article)-[r:REPORTS]->(f)
    WITH a, r ORDER BY coalesce(r.date, a.publishedAt, ''), a.id
    RETURN collect({evidence: r.evidence, date: r.date, article: a {.id, .title, .url}}) AS sources
  }
  RETURN collect(f {.id, .relation, .firstDate, subject: s {.id, .name}, object: o {.id, .name}, sources: sources}) AS relations
}
RETURN e {.id, .name, .aliases, .kind, degree: COUNT { (e)<-[:SUBJECT|OBJECT]-() }, totalCount: COUNT { MATCH (e)<-[:SUBJECT|OBJECT]-(f:Fact) RETURN DISTINCT f }, relations: relations} AS entity
