// description: Keeps valid time, corroboration and denials in step after facts were written or lost sources. Links each ending fact to the fact it closes (ENDS: same subject and object, either direction for ENDED_ALLIANCE_WITH) and each DENIED fact to the allegations it answers (DENIES: same parties reversed, same allegation or none), in whichever order they arrived; then recomputes, for these facts and the ones they link to, validFrom (earliest source validFrom or date), validTo (earliest stated validTo, or validFrom of the first ending fact not before the latest start a source reports: a fact reported as starting again after an ending is open again), publisherCount (distinct Article.publisher, an article without one counts as its own) and contested (a source with status denied, or a DENIES link), and copies them onto the traversal edge.
// param factIds: string[] - facts written, or left with fewer sources
// param endingOf: map - ending relation type -> the relation type it closes (src/model/vocabulary.ts)
// param endedBy: map - relation type -> the ending relation types that close it
// param endsEitherWay: string[] - ending relation types that close either direction
// param deniable: string[] - relation types a DENIED fact can answer
UNWIND $factIds AS id
MATCH (f:Fact {id: id})
// fact ids are "<subjectId>|<RELATION>|<objectId>": the counterpart of a fact is looked up by id (the constraint's index)
CALL (f) {
  UNWIND CASE WHEN $endingOf[f.relation] IS NULL THEN [] ELSE
    [f.subjectId + '|' + $endingOf[f.relation] + '|' + f.objectId] +
    CASE WHEN f.relation IN $endsEitherWay THEN [f.objectId + '|' + $endingOf[f.relation] + '|' + f.subjectId] ELSE [] END END AS endedId
  MATCH (t:Fact {id: endedId})
  MERGE (f)-[:ENDS]->(t)
  RETURN collect(t) AS ended
}
CALL (f) {
  UNWIND coalesce($endedBy[f.relation], []) AS ending
  UNWIND [f.subjectId + '|' + ending + '|' + f.objectId] +
    CASE WHEN ending IN $endsEitherWay THEN [f.objectId + '|' + ending + '|' + f.subjectId] ELSE [] END AS endingId
  MATCH (e:Fact {id: endingId})
  MERGE (e)-[:ENDS]->(f)
  RETURN count(e) AS endings
}
CALL (f) {
  UNWIND CASE WHEN f.relation = 'DENIED' THEN $deniable ELSE [] END AS relation
  MATCH (t:Fact {id: f.objectId + '|' + relation + '|' + f.subjectId})
  WHERE f.allegation IS NULL OR t.allegation IS NULL OR f.allegation = t.allegation
  MERGE (f)-[:DENIES]->(t)
  RETURN collect(t) AS denied
}
CALL (f) {
  UNWIND CASE WHEN f.relation IN $deniable THEN [f.objectId + '|DENIED|' + f.subjectId] ELSE [] END AS denialId
  MATCH (d:Fact {id: denialId})
  WHERE d.allegation IS NULL OR f.allegation IS NULL OR d.allegation = f.allegation
  MERGE (d)-[:DENIES]->(f)
  RETURN count(d) AS denials
}
UNWIND [f] + ended + denied AS t
WITH DISTINCT t
CALL (t) {
  MATCH (a:Article)-[r:REPORTS]->(t)
  RETURN min(coalesce(r.validFrom, r.date)) AS validFrom, max(coalesce(r.validFrom, r.date)) AS latestStart, min(r.validTo) AS statedTo,
         count(DISTINCT coalesce(a.publisher, 'article:' + a.id)) AS publisherCount,
         sum(CASE WHEN r.status = 'denied' THEN 1 ELSE 0 END) > 0 AS deniedBySource
}
// one fact per triple: a fact reported as starting again after an ending (sanctions re-imposed) is open again,
// so only endings not before its latest reported start close it
// an ending's start is read from its reports, not from e.validFrom: an ending written in this
// statement's batch has its validFrom set by another row of this statement, possibly after this row
CALL (t, latestStart) {
  OPTIONAL MATCH (e:Fact)-[:ENDS]->(t)
  OPTIONAL MATCH (:Article)-[er:REPORTS]->(e)
  WITH e, min(coalesce(er.validFrom, er.date)) AS endingFrom
  WHERE endingFrom IS NOT NULL AND (latestStart IS NULL OR endingFrom >= latestStart OR latestStart STARTS WITH endingFrom)
  RETURN min(endingFrom) AS endedAt
}
WITH t, validFrom, publisherCount, deniedBySource OR EXISTS { (:Fact)-[:DENIES]->(t) } AS contested,
     CASE WHEN statedTo IS NULL THEN endedAt WHEN endedAt IS NULL OR statedTo < endedAt THEN statedTo ELSE endedAt END AS validTo
SET t.validFrom = validFrom, t.validTo = validTo, t.publisherCount = publisherCount, t.contested = contested
WITH t
MATCH (s:Entity {id: t.subjectId})
MATCH (o:Entity {id: t.objectId})
MATCH (s)-[x:$(t.relation)]->(o)
WHERE x.factId = t.id
SET x.validFrom = t.validFrom, x.validTo = t.validTo, x.publisherCount = t.publisherCount, x.contested = t.contested, x.recordedAt = t.recordedAt
RETURN count(t) AS linked
