// description: Floor for search: the full-text index over names and aliases, fuzzy (typo-tolerant) per term.
// param query: string - Lucene query with ~ per term
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, score
LIMIT 10
