// description: The facts each of several articles reports and the entities it mentions (Article.facts / Article.entities).
// param ids: string[] - article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
       COLLECT { MATCH (a)-[:REPORTS]->(f:Fact) WITH DISTINCT f ORDER BY f.id RETURN f.id } AS factIds,
       COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) WITH DISTINCT e ORDER BY e.name, e.id RETURN e.id } AS entityIds
