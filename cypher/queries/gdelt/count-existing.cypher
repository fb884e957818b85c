// description: How many of the given facts, articles and entities already exist (run before a batch is written, so the report can say what was new).
// param factIds: string[] - fact ids of the batch
// param articleIds: string[] - article ids of the batch
// param entityIds: string[] - entity ids of the batch
CALL { UNWIND $factIds AS id MATCH (f:Fact {id: id}) RETURN count(f) AS facts }
CALL { UNWIND $articleIds AS id MATCH (a:Article {id: id}) RETURN count(a) AS articles }
CALL { UNWIND $entityIds AS id MATCH (e:Entity {id: id}) RETURN count(e) AS entities }
RETURN facts, articles, entities
