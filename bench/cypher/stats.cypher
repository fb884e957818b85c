// description: Floor for stats: entities per type, facts per relation, the 10 most connected entities.
MATCH (e:Entity)
UNWIND [l IN labels(e) WHERE l <> 'Entity'] AS type
WITH type, count(*) AS count
WITH collect({type: type, count: count}) AS entityCounts
CALL () { MATCH (f:Fact) WITH f.relation AS relation, count(*) AS count RETURN collect({relation: relation, count: count}) AS relationCounts }
CALL () {
  MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e:Entity)
  WITH e, count(f) AS degree ORDER BY degree DESC LIMIT 10
  RETURN collect({id: e.id, name: e.name, degree: degree}) AS mostConnected
}
RETURN entityCounts, relationCounts, mostConnected
