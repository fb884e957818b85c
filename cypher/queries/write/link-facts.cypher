// description: Keeps valid time, corroboration and denials in step after facts were written or lost sources. Links each ending fact to the fact it closes (ENDS: same subject and object, either direction for ENDED_ALLIANCE_WITH) and each DENIED fact to the allegations it answers (DENIES: same parties reversed, same allegation or none), in whichever order they arrived; then recomputes, for these facts and the ones they link to, the validity intervals validFroms / validTos (a spell per start reported after the previous spell ended: the first start opens a spell, the first end not before it closes it, an end being a validTo a source states or a start a source of an ending fact reports; '' = open), validFrom (the first spell's start) and validTo (the last spell's end), publisherCount (distinct Article.publisher, an article without one counts as its own) and contested (a source with status denied, or a DENIES link), and copies them onto the traversal edge.
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
// what its sources report: publishers, denials, the starts and the ends they state
CALL (t) {
  MATCH (a:Article)-[r:REPORTS]->(t)
  RETURN count(DISTINCT coalesce(a.publisher, 'article:' + a.id)) AS publisherCount,
         sum(CASE WHEN r.status = 'denied' THEN 1 ELSE 0 END) > 0 AS deniedBySource,
         collect(DISTINCT coalesce(r.validFrom, r.date)) AS startsUnsorted, collect(r.validTo) AS statedEnds
}
// the starts the sources of its ending facts report (read from their reports, not from e.validFrom:
// an ending written in this statement's batch has its validFrom set by another row of this
// statement, possibly after this row)
CALL (t) {
  OPTIONAL MATCH (:Article)-[er:REPORTS]->(:Fact)-[:ENDS]->(t)
  RETURN collect(coalesce(er.validFrom, er.date)) AS endingStarts
}
// validity intervals [from, to) (to null = open), one per spell: the first start opens one, the
// first end not before it closes it, and a start after that end opens the next (sanctions
// imposed, lifted and imposed again: two intervals, the gap between them not valid)
// the starts sorted (an insertion sort: a fact has a few distinct starts; collect keeps no order it promises)
WITH t, publisherCount, deniedBySource OR EXISTS { (:Fact)-[:DENIES]->(t) } AS contested, statedEnds + endingStarts AS ends,
     reduce(sorted = [], s IN startsUnsorted | [x IN sorted WHERE x < s] + [s] + [x IN sorted WHERE x >= s]) AS starts
WITH t, publisherCount, contested, ends,
     reduce(acc = [], s IN starts |
       CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1])
            THEN acc + [[s, reduce(m = null, e IN ends | CASE WHEN (e >= s OR s STARTS WITH e) AND (m IS NULL OR e < m) THEN e ELSE m END)]]
            ELSE acc END) AS intervals
SET t.validFrom = intervals[0][0],
    // an undated fact has no interval: its validTo is still the earliest end reported
    t.validTo = CASE WHEN size(intervals) = 0 THEN reduce(m = null, e IN ends | CASE WHEN m IS NULL OR e < m THEN e ELSE m END) ELSE intervals[-1][1] END,
    t.validFroms = [i IN intervals | i[0]], t.validTos = [i IN intervals | coalesce(i[1], '')],
    t.publisherCount = publisherCount, t.contested = contested
WITH t
MATCH (s:Entity {id: t.subjectId})
MATCH (o:Entity {id: t.objectId})
MATCH (s)-[x:$(t.relation)]->(o)
WHERE x.factId = t.id
SET x.validFrom = t.validFrom, x.validTo = t.validTo, x.validFroms = t.validFroms, x.validTos = t.validTos,
    x.publisherCount = t.publisherCount, x.contested = t.contested, x.recordedAt = t.recordedAt
RETURN count(t) AS linked
