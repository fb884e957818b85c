// Issue 16, third round: a fact holds over one or more validity intervals (sanctions imposed,
// lifted and imposed again), stored as parallel lists validFroms / validTos ('' = open) on the
// fact and its traversal edge; asOf reads them. write/link-facts keeps them in step; this
// backfills facts written before them with the one interval [validFrom, validTo) they had.
MATCH (f:Fact|ArchivedFact) WHERE f.validFroms IS NULL
SET f.validFroms = CASE WHEN f.validFrom IS NULL THEN [] ELSE [f.validFrom] END,
    f.validTos = CASE WHEN f.validFrom IS NULL THEN [] ELSE [coalesce(f.validTo, '')] END;
MATCH (s:Entity)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Entity)
MATCH (s)-[x]->(o) WHERE x.factId = f.id AND x.validFroms IS NULL
SET x.validFroms = f.validFroms, x.validTos = f.validTos;
// knownAt traversals may start from an entity deleted since (its archived copy), by id.
CREATE INDEX archived_entity_id IF NOT EXISTS FOR (e:ArchivedEntity) ON (e.id);
