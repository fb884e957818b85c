// The change log subscriptions follow (src/graph/recordChange.ts): one (:ChangeEvent) per
// committed write, numbered by the single (:ChangeLog) counter. The constraint backs the
// "events after seq N" range read and guarantees no two events share a number.
CREATE CONSTRAINT change_event_seq IF NOT EXISTS FOR (e:ChangeEvent) REQUIRE e.seq IS UNIQUE;
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;
