// description: Floor for facts(relationTypes, from): the total and the 20 newest matching facts with both ends (stored sortable date, (relation, sortDate) index).
// param types: string[] - relation types
// param from: string - partial date lower bound (a year: no coarser prefix to allow)
CALL () { MATCH (f:Fact) WHERE f.relation IN $types AND f.sortDate >= $from RETURN count(f) AS total }
CALL () {
  MATCH (f:Fact) WHERE f.relation IN $types AND f.sortDate >= $from
  WITH f ORDER BY f.sortDate DESC, f.id LIMIT 20
  MATCH (f)-[:SUBJECT]->(s:Entity)
  MATCH (f)-[:OBJECT]->(o:Entity)
  RETURN collect(f {.id, .relation, .firstDate, .sourceCount, subject: s {.id, .name}, object: o {.id, .name}}) AS facts
}
RETURN total, facts
