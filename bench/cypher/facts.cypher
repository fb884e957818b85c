// description: Floor for facts(relationTypes, from): the total and the 20 newest matching facts with both ends. The total is an index-only count on (relation, sortDate); the page reads the newest 20 of each type from that index backwards (the relation fixed, the index's own order) and merges them, instead of sorting every match.
// param types: string[] - relation types (each once)
// param from: string - partial date lower bound (a year: no coarser prefix to allow)
CALL () { MATCH (f:Fact) WHERE f.relation IN $types AND f.sortDate >= $from RETURN count(f) AS total }
CALL () {
  UNWIND $types AS t
  CALL (t) {
    MATCH (f:Fact) WHERE f.relation = t AND f.sortDate >= $from
    RETURN f ORDER BY f.relation DESC, f.sortDate DESC, f.id LIMIT 20
  }
  WITH f ORDER BY f.sortDate DESC, f.id LIMIT 20
  MATCH (f)-[:SUBJECT]->(s:Entity)
  MATCH (f)-[:OBJECT]->(o:Entity)
  RETURN collect(f {.id, .relation, .firstDate, .sourceCount, subject: s {.id, .name}, object: o {.id, .name}}) AS facts
}
RETURN total, facts
