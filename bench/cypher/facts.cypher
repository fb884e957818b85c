// description: Floor for facts(relationTypes, from): the total and the 20 newest matching facts with both ends.
// param types: string[] - relation types
// param from: string - partial date lower bound
CALL () { MATCH (f:Fact) WHERE f.relation IN $types AND f.lastDate >= $from RETURN count(f) AS total }
MATCH (f:Fact) WHERE f.relation IN $types AND f.lastDate >= $from
WITH total, f ORDER BY f.lastDate DESC, f.id LIMIT 20
MATCH (f)-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
RETURN total, collect(f {.id, .relation, .firstDate, .sourceCount, subject: s {.id, .name}, object: o {.id, .name}}) AS facts
