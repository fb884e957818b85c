// description: Appends one event to the change log inside the writer's transaction. The counter node's write lock is held until commit, so numbers are gapless and in commit order across processes (a rolled-back writer gives its number back). Prunes in the same statement: of the oldest $pruneAtMost events (range seek on the change_event_seq constraint), those more than $keepEvents behind the new one or older than $keepDays days are deleted.
// param kind: string - INGEST, RETRACT or IMPORT
// param payload: string - JSON {articleIds, reportedFactIds, removedFactIds, title?}
// param keepEvents: int - how many of the latest events the log keeps
// param keepDays: int - events older than this many days go
// param pruneAtMost: int - how many of the oldest events one write looks at
MERGE (log:ChangeLog {id: 'main'})
SET log.seq = coalesce(log.seq, 0) + 1
CREATE (e:ChangeEvent {seq: log.seq, kind: $kind, payload: $payload, at: datetime()})
WITH log, e
CALL (log) {
  MATCH (old:ChangeEvent)
  WHERE old.seq > 0
  WITH old
  ORDER BY old.seq
  LIMIT toInteger($pruneAtMost)
  WITH old
  WHERE old.seq <= log.seq - $keepEvents OR old.at < datetime() - duration({days: $keepDays})
  DELETE old
  RETURN count(*) AS pruned
}
RETURN e.seq AS seq, pruned
