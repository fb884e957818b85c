// description: Deletes change events the log no longer keeps: more than $keepEvents behind the last one, or older than $keepDays days; the oldest first, at most $limit per call (the caller repeats until fewer come back). The counter node stays, so numbering goes on.
// param keepEvents: int - how many of the latest events are kept
// param keepDays: int - events younger than this many days are kept (unless beyond keepEvents)
// param limit: int - at most this many events deleted per call
MATCH (log:ChangeLog {id: 'main'})
MATCH (e:ChangeEvent)
WHERE e.seq <= log.seq - $keepEvents OR e.at < datetime() - duration({days: $keepDays})
WITH e
ORDER BY e.seq
LIMIT toInteger($limit)
DELETE e
RETURN count(*) AS deleted
