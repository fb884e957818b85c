// description: Upserts the articles of a GraphBatch and their MENTIONS. Rows with update = true (fact files) replace the article's properties; others (GDELT) set them only when the article is created. Returns whether each article is new.
// param articles: {id, title, url?, publisher?, author?, publishedAt?, language?, contentHash?, origin?, update: boolean, mentions: string[]}[] - one row per article id
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = datetime(), a.title = row.title, a.url = row.url, a.publisher = row.publisher, a.author = row.author,
              a.publishedAt = row.publishedAt, a.language = row.language, a.contentHash = row.contentHash, a.origin = row.origin,
              a.newInStatement = true
WITH a, row, a.newInStatement IS NOT NULL AS created
REMOVE a.newInStatement
FOREACH (_ IN CASE WHEN row.update AND NOT created THEN [1] ELSE [] END |
  SET a.title = row.title, a.url = row.url, a.publisher = row.publisher, a.author = row.author,
      a.publishedAt = row.publishedAt, a.language = row.language, a.contentHash = row.contentHash)
WITH a, row, created
CALL (a, row) {
  UNWIND row.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (a)-[:MENTIONS]->(e)
}
RETURN row.id AS id, created
