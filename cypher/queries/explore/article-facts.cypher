// description: The facts one article reports, with their evidence quotes, in fact-id order.
// param article: string - article id, e.g. antiwar-2025-10-petro-suspends-intelligence-sharing
MATCH (a:Article {id: $article})-[rep:REPORTS]->(f:Fact)
MATCH (f)-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
RETURN s.name AS subject, f.relation AS relation, o.name AS object, rep.status AS status, rep.date AS date, rep.evidence AS evidence, f.id AS factId
ORDER BY factId
