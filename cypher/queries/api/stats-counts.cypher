// description: Number of entities per entity type and of facts per relation type (Stats).
// param entityTypes: string[] - entity types (labels) to count
MATCH (e:Entity)
UNWIND [l IN labels(e) WHERE l IN $entityTypes] AS type
WITH type, count(*) AS count ORDER BY count DESC, type
WITH collect({type: type, count: count}) AS entityCounts
CALL () {
  MATCH (f:Fact)
  WITH f.relation AS relation, count(*) AS count ORDER BY count DESC, relation
  RETURN collect({relation: relation, count: count}) AS relationCounts
}
RETURN entityCounts, relationCounts
