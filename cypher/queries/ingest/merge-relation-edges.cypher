// description: Creates the one traversal edge per fact; __RELATION__ is replaced by a relation type of the vocabulary (isRelationType). Its properties are set by refresh-facts.
// param factIds: string[] - ids of facts of that relation type
UNWIND $factIds AS id
MATCH (f:Fact {id: id})-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
MERGE (s)-[:__RELATION__ {factId: f.id}]->(o)
