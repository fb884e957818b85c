// description: Creates or updates an article node and its MENTIONS of entities (ingestedAt is set once, so re-ingesting changes nothing).
// param article: {id, title, url?, publisher?, author?, publishedAt?, language, contentHash} - article properties
// param mentions: string[] - ids of the entities the article names
MERGE (a:Article {id: $article.id})
ON CREATE SET a.ingestedAt = datetime()
SET a.title = $article.title,
    a.url = $article.url,
    a.publisher = $article.publisher,
    a.author = $article.author,
    a.publishedAt = $article.publishedAt,
    a.language = $article.language,
    a.contentHash = $article.contentHash
WITH a
UNWIND $mentions AS entityId
MATCH (e:Entity {id: entityId})
MERGE (a)-[:MENTIONS]->(e)
