// description: The facts of each of several entities in date order (Entity.timeline), undated facts last.
// param ids: string[] - entity ids
// param limit: int - facts per entity
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e)
  WITH DISTINCT f
  ORDER BY f.firstDate IS NULL, f.firstDate, f.lastDate, f.id
  RETURN collect(f.id)[..$limit] AS ids
}
RETURN id, ids
