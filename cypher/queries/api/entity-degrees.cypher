// description: Number of facts each of several entities takes part in (Entity.degree).
// param ids: string[] - entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e) RETURN DISTINCT f } AS degree
