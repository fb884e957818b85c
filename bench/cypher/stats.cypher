// description: Floor for stats: entities per type and facts per relation from the count store (one count per label / traversal edge type; __TYPES__ listed one by one), the 10 entities with the most facts by node degree.
__COUNTS__
RETURN __ENTITY_COUNTS__ AS entityCounts, __RELATION_COUNTS__ AS relationCounts, COLLECT {
  MATCH (e:Entity)
  WITH e, COUNT { (e)<-[:SUBJECT|OBJECT]-() } AS degree ORDER BY degree DESC, e.name, e.id LIMIT 10
  RETURN {id: e.id, name: e.name, degree: degree}
} AS mostConnected
