// description: Corroboration: facts by number of independent publishers (distinct Article.publisher; one publisher's ten articles count once, an article without publisher counts as its own), then sources, then newest.
// param minPublishers: int = 1 - at least this many publishers
// param first: int = 20 - how many facts
MATCH (f:Fact)
WHERE f.publisherCount >= $minPublishers
RETURN f.id AS factId, f.publisherCount AS publishers, f.sourceCount AS sources, f.status AS status, coalesce(f.validFrom, f.firstDate) AS date,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(f) RETURN DISTINCT coalesce(a.publisher, a.id) } AS publisherNames
ORDER BY publishers DESC, sources DESC, f.sortDate DESC, factId
LIMIT $first
