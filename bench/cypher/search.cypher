// description: Floor for search: the full-text index over names and aliases with the API's own Lucene query (src/api/toFulltextQuery.ts: exact^4, prefix^2, ~1 / ~2 edits per word, transpositions count as one), the best 10.
// param query: string - Lucene query
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: 10}) YIELD node, score
RETURN node.id AS id, node.name AS name, score
