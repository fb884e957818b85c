// Issue 16: valid time (validFrom / validTo), record time (recordedAt, retractedAt),
// corroboration (publisherCount) and denials (contested). write/write-facts and
// write/link-facts keep them in step; this backfills facts written before they existed
// (record time = the reporting article's ingestedAt, as ISO date-time UTC with milliseconds).
MATCH (a:Article)-[r:REPORTS]->(:Fact) WHERE r.recordedAt IS NULL
WITH r, datetime({datetime: coalesce(a.ingestedAt, datetime()), timezone: 'Z'}) AS d
SET r.recordedAt = left(toString(datetime.truncate('second', d)), 19) + '.' + right('00' + toString(d.millisecond), 3) + 'Z';
MATCH (f:Fact) WHERE f.recordedAt IS NULL OR f.publisherCount IS NULL
CALL (f) {
  MATCH (a:Article)-[r:REPORTS]->(f)
  RETURN min(r.recordedAt) AS recordedAt, min(coalesce(r.validFrom, r.date)) AS validFrom, min(r.validTo) AS validTo,
         count(DISTINCT coalesce(a.publisher, 'article:' + a.id)) AS publisherCount,
         sum(CASE WHEN r.status = 'denied' THEN 1 ELSE 0 END) > 0 AS deniedBySource
}
SET f.recordedAt = coalesce(f.recordedAt, recordedAt), f.validFrom = validFrom, f.validTo = validTo,
    f.publisherCount = publisherCount, f.contested = deniedBySource;
// Denials written before: DENIED(X, Y) answers Y ACCUSED / CRITICIZED X with the same allegation (or none).
MATCH (d:Fact {relation: 'DENIED'})
UNWIND ['ACCUSED', 'CRITICIZED'] AS relation
MATCH (t:Fact {id: d.objectId + '|' + relation + '|' + d.subjectId})
WHERE d.allegation IS NULL OR t.allegation IS NULL OR d.allegation = t.allegation
MERGE (d)-[:DENIES]->(t)
SET t.contested = true;
MATCH (s:Entity)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Entity)
MATCH (s)-[x]->(o) WHERE x.factId = f.id AND x.publisherCount IS NULL
SET x.validFrom = f.validFrom, x.validTo = f.validTo, x.publisherCount = f.publisherCount, x.contested = f.contested, x.recordedAt = f.recordedAt;
// contested and corroboration views read these; knownAt reads archived facts by id.
CREATE INDEX fact_contested IF NOT EXISTS FOR (f:Fact) ON (f.contested);
CREATE INDEX fact_publisher_count IF NOT EXISTS FOR (f:Fact) ON (f.publisherCount);
CREATE INDEX archived_fact_id IF NOT EXISTS FOR (f:ArchivedFact) ON (f.id);
