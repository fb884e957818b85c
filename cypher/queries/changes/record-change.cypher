// description: Appends one event to the change log inside the writer's transaction. The counter node's write lock is held until commit, so numbers are gapless and in commit order across processes (a rolled-back writer gives its number back).
// param kind: string - INGEST, RETRACT or IMPORT
// param payload: string - JSON {articleIds, reportedFactIds, removedFactIds, title?}
MERGE (log:ChangeLog {id: 'main'})
SET log.seq = coalesce(log.seq, 0) + 1
CREATE (e:ChangeEvent {seq: log.seq, kind: $kind, payload: $payload, at: datetime()})
RETURN e.seq AS seq
