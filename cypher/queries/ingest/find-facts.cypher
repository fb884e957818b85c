// description: Which of these facts exist already, and which of them this article already reports (ingest summary, dry runs).
// param articleId: string - the article being ingested
// param factIds: string[] - fact ids "<subjectId>|<RELATION>|<objectId>"
UNWIND $factIds AS id
MATCH (f:Fact {id: id})
RETURN f.id AS id, EXISTS { (:Article {id: $articleId})-[:REPORTS]->(f) } AS reportedByArticle
