// description: The sources of one fact: every article that reports it, with its evidence quote and status.
// param fact: string - fact id "<subjectId>|<RELATION>|<objectId>", e.g. trump-administration|SANCTIONED|gustavo-petro
MATCH (a:Article)-[rep:REPORTS]->(f:Fact {id: $fact})
RETURN a.id AS article, a.title AS title, a.publisher AS publisher, a.publishedAt AS published,
       rep.evidence AS evidence, rep.status AS status, rep.confidence AS confidence, rep.date AS date
ORDER BY published, article
