// description: Upserts the source articles of imported GDELT events (one per SOURCEURL); existing articles are left as they are.
// param articles: list - rows {id, title, url, publisher, publishedAt}
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.title = row.title, a.url = row.url, a.publisher = row.publisher,
                a.publishedAt = row.publishedAt, a.origin = 'gdelt', a.ingestedAt = datetime()
