// description: The sources of several facts: one row per (fact, reporting article), oldest report first.
// param ids: string[] - fact ids
UNWIND $ids AS id
MATCH (a:Article)-[r:REPORTS]->(f:Fact {id: id})
WITH id, a, r ORDER BY coalesce(r.date, a.publishedAt, '') , a.id
RETURN id AS factId, collect({articleId: a.id, evidence: r.evidence, date: r.date, confidence: r.confidence, status: r.status}) AS sources
