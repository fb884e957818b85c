// description: Change events after a sequence number, oldest first (range seek on the change_event_seq constraint).
// param after: int - the last sequence number already seen
// param limit: int - at most this many events
MATCH (e:ChangeEvent)
WHERE e.seq > $after
RETURN e.seq AS seq, e.kind AS kind, e.payload AS payload, toString(e.at) AS at
ORDER BY e.seq
LIMIT toInteger($limit)
