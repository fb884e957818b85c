// Full-text search over entity names and aliases. A full-text index needs string
// properties, so ingest keeps `aliasText` (the aliases joined by " | ") beside the list.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// Traversal filters: facts by relation and date, articles by publication date.
CREATE INDEX fact_relation IF NOT EXISTS FOR (f:Fact) ON (f.relation);
CREATE INDEX fact_first_date IF NOT EXISTS FOR (f:Fact) ON (f.firstDate);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
