// description: Allies at odds: pairs linked by ALLY_OF or COOPERATED (either direction) with hostile facts between them, after rolling people (HOLDS_OFFICE), agencies (PART_OF, transitively) and operations (whoever CONDUCTED them) up to the two allies. Hostile = the PLOVER categories ACCUSE, REJECT, PROTEST (weight 1), THREATEN (1.5), SANCTION, MOBILIZE, COERCE (2), ASSAULT (3) aimed at an actor or operation; score = sum of weight x publisherCount; highest score first. hostileFacts / alliances list each fact (ref = its element id, used by the GraphQL alliesAtOdds field).
// param from: string? = null - keep hostile facts dated on or after this partial date (first / last date overlap, as Query.facts)
// param to: string? = null - keep hostile facts dated on or before this partial date
// param asOf: string? = null - only alliances and hostile facts valid then (one of their validity intervals holds at asOf's precision; undated facts never; under knownAt the intervals known then), rolled up through offices and memberships valid then (undated ones until a stated end; under knownAt as recorded then)
// param knownAt: string? = null - only facts recorded by then and not retracted by then (recordedAt / retractedAt), offices and memberships recorded by then and not retracted by then, archived ones too (ISO date-time in UTC with milliseconds, e.g. 2025-11-12T10:00:00.000Z, or a partial date)
// param first: int = 20 - how many pairs
WITH {ACCUSED: 1, CRITICIZED: 1, DENIED: 1, DISTANCED_FROM: 1, REJECTED: 1, PROTESTED: 1, THREATENED: 1.5, SANCTIONED: 2, SUSPENDED_INTELLIGENCE_SHARING_WITH: 2, MOBILIZED: 2, COERCED: 2, ATTACKED: 3} AS weights
// under knownAt the memberships (PART_OF facts, archived ones too) known then and, with asOf, valid then as
// recorded then (an end recorded later does not end them yet), once for all pairs
CALL () {
  UNWIND CASE WHEN $knownAt IS NULL THEN [] ELSE ['PART_OF'] END AS relation
  CALL (relation) {
    MATCH (pf:Fact) WHERE pf.relation = relation RETURN pf
    UNION
    MATCH (pf:ArchivedFact) WHERE pf.relation = relation RETURN pf
  }
  WITH pf WHERE left(pf.recordedAt, size($knownAt)) <= $knownAt AND (pf.retractedAt IS NULL OR left(pf.retractedAt, size($knownAt)) > $knownAt)
  OPTIONAL CALL (pf) {
    WITH pf WHERE $asOf IS NOT NULL
    WITH COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(pf)
                   WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt)
                   WITH DISTINCT coalesce(x.validFrom, x.date) AS start WHERE start IS NOT NULL RETURN start ORDER BY start } AS starts,
         COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(pf)
                   WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt) AND x.validTo IS NOT NULL
                   RETURN x.validTo }
         + COLLECT { MATCH (:Article|RetractedArticle)-[y:REPORTS|RETRACTED_REPORT]->(:Fact|ArchivedFact)-[:ENDS]->(pf)
                     WHERE left(y.recordedAt, size($knownAt)) <= $knownAt AND (y.retractedAt IS NULL OR left(y.retractedAt, size($knownAt)) > $knownAt)
                     RETURN coalesce(y.validFrom, y.date) } AS ends
    WITH starts, ends, reduce(acc = [], s IN starts | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1])
           THEN acc + [[s, reduce(least = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (least IS NULL OR e < least) THEN e ELSE least END)]] ELSE acc END) AS intervals
    RETURN CASE WHEN size(starts) = 0 THEN none(e IN ends WHERE e IS NOT NULL AND left(e, size($asOf)) <= $asOf)
                ELSE any(i IN intervals WHERE left(i[0], size($asOf)) <= $asOf AND (i[1] IS NULL OR left(i[1], size($asOf)) > $asOf)) END AS memberValid
  }
  WITH pf WHERE memberValid IS NULL OR memberValid
  RETURN collect(elementId(pf)) AS knownParts
}
// the alliances: live facts, or under knownAt every fact (archived ones too) known then
CALL () {
  MATCH (al:Fact) WHERE al.relation IN ['ALLY_OF', 'COOPERATED'] RETURN al
  UNION
  MATCH (al:ArchivedFact) WHERE $knownAt IS NOT NULL AND al.relation IN ['ALLY_OF', 'COOPERATED'] RETURN al
}
WITH weights, knownParts, al
WHERE $knownAt IS NULL OR (left(al.recordedAt, size($knownAt)) <= $knownAt AND (al.retractedAt IS NULL OR left(al.retractedAt, size($knownAt)) > $knownAt))
// valid at asOf as known at knownAt: the intervals from the reports and endings recorded by then
// (an ending recorded later does not close the fact yet), swept as write/link-facts sweeps the stored ones
OPTIONAL CALL (al) {
  WITH al WHERE $knownAt IS NOT NULL AND $asOf IS NOT NULL
  WITH COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(al)
                 WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt)
                 WITH DISTINCT coalesce(x.validFrom, x.date) AS start WHERE start IS NOT NULL RETURN start ORDER BY start } AS starts,
       COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(al)
                 WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt) AND x.validTo IS NOT NULL
                 RETURN x.validTo }
       + COLLECT { MATCH (:Article|RetractedArticle)-[y:REPORTS|RETRACTED_REPORT]->(:Fact|ArchivedFact)-[:ENDS]->(al)
                   WHERE left(y.recordedAt, size($knownAt)) <= $knownAt AND (y.retractedAt IS NULL OR left(y.retractedAt, size($knownAt)) > $knownAt)
                   RETURN coalesce(y.validFrom, y.date) } AS ends
  WITH reduce(acc = [], s IN starts | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1])
         THEN acc + [[s, reduce(least = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (least IS NULL OR e < least) THEN e ELSE least END)]] ELSE acc END) AS intervals
  RETURN any(i IN intervals WHERE left(i[0], size($asOf)) <= $asOf AND (i[1] IS NULL OR left(i[1], size($asOf)) > $asOf)) AS knownValid
}
WITH weights, knownParts, al, knownValid
WHERE $asOf IS NULL OR coalesce(knownValid, any(iv IN range(0, size(al.validFroms) - 1) WHERE left(al.validFroms[iv], size($asOf)) <= $asOf AND (al.validTos[iv] = '' OR left(al.validTos[iv], size($asOf)) > $asOf)))
MATCH (al)-[:SUBJECT|ARCHIVED_SUBJECT]->(x:Entity)
MATCH (al)-[:OBJECT|ARCHIVED_OBJECT]->(y:Entity)
WHERE x <> y
WITH weights, knownParts, CASE WHEN x.name <= y.name THEN x ELSE y END AS a, CASE WHEN x.name <= y.name THEN y ELSE x END AS b, al
WITH weights, knownParts, a, b, collect(al) AS alliances
WITH weights, knownParts, collect({a: a, b: b, alliances: alliances}) AS pairs
// everyone who rolls up to a unit: itself, its agencies (PART_OF*), their office holders, and the operations these conducted;
// under asOf only through offices and memberships valid then (a former minister's acts are not the country's
// after they left office; an undated office or membership, whose start nobody reported, counts until a stated end);
// today through the live edges, under knownAt through the office and membership facts known then (archived ones
// too), with both valid at asOf as recorded then (an ending recorded later does not end them yet)
// (each unit once, however many pairs it is in)
CALL (pairs, knownParts) {
  // under knownAt, the ids of the live PART_OF facts known then (their traversal edges carry factId)
  WITH pairs, knownParts, COLLECT { MATCH (pf:Fact) WHERE elementId(pf) IN knownParts RETURN pf.id } AS knownLiveParts
  CALL (pairs) {
    UNWIND range(0, size(pairs) - 1) AS i
    UNWIND [0, 1] AS side
    WITH CASE side WHEN 0 THEN pairs[i].a ELSE pairs[i].b END AS unit, collect([i, side]) AS uses
    RETURN unit, uses
  }
  CALL (unit, knownParts, knownLiveParts) {
    WITH unit WHERE $knownAt IS NULL
    // every body whose PART_OF chain (each link valid at asOf) leads to the unit, the unit included, each
    // once: RETURN DISTINCT lets the planner expand breadth-first (ANY SHORTEST to an open end searched
    // once per candidate entity: 3 s per unit on a generated graph of 100,000 articles)
    MATCH (unit)<-[parts:PART_OF*0..]-(body:Entity)
    WHERE all(po IN parts WHERE $asOf IS NULL OR ((po.validFroms = [] AND (po.validTo IS NULL OR left(po.validTo, size($asOf)) > $asOf)) OR any(iv IN range(0, size(po.validFroms) - 1) WHERE left(po.validFroms[iv], size($asOf)) <= $asOf AND (po.validTos[iv] = '' OR left(po.validTos[iv], size($asOf)) > $asOf))))
    RETURN DISTINCT body
    UNION
    WITH unit WHERE $knownAt IS NOT NULL
    // breadth-first down the live PART_OF edges of the facts known then; where an archived membership known
    // then hangs off one of these bodies, everything below its member, through the fact nodes (archived facts
    // have no traversal edge; walking every fact node from the unit down costs 0.65 s per unit on a generated
    // graph of 100,000 articles: a country is the object of thousands of facts)
    MATCH (unit)<-[parts:PART_OF*0..]-(live:Entity)
    WHERE all(po IN parts WHERE po.factId IN knownLiveParts)
    WITH DISTINCT live, knownParts
    CALL (live, knownParts) {
      RETURN live AS body
      UNION
      MATCH (live)<-[:ARCHIVED_OBJECT]-(af:ArchivedFact)-[:ARCHIVED_SUBJECT]->(member:Entity)
      WHERE elementId(af) IN knownParts
      MATCH ANY SHORTEST (body:Entity)((:Entity)<-[:SUBJECT|ARCHIVED_SUBJECT]-(pf:Fact|ArchivedFact)-[:OBJECT|ARCHIVED_OBJECT]->(:Entity) WHERE elementId(pf) IN knownParts)*(member)
      RETURN body
    }
    RETURN DISTINCT body
  }
  OPTIONAL CALL (body) {
    WITH body WHERE $knownAt IS NULL
    MATCH (holder:Person)-[ho:HOLDS_OFFICE]->(body)
    WHERE $asOf IS NULL OR ((ho.validFroms = [] AND (ho.validTo IS NULL OR left(ho.validTo, size($asOf)) > $asOf)) OR any(iv IN range(0, size(ho.validFroms) - 1) WHERE left(ho.validFroms[iv], size($asOf)) <= $asOf AND (ho.validTos[iv] = '' OR left(ho.validTos[iv], size($asOf)) > $asOf)))
    RETURN holder
    UNION
    WITH body WHERE $knownAt IS NOT NULL
    CALL (body) {
      MATCH (holder:Person)-[ho:HOLDS_OFFICE]->(body)
      MATCH (hf:Fact {id: ho.factId})
      RETURN holder, hf
      UNION
      MATCH (holder:Person)<-[:ARCHIVED_SUBJECT]-(hf:ArchivedFact)-[:ARCHIVED_OBJECT]->(body)
      WHERE hf.relation = 'HOLDS_OFFICE'
      RETURN holder, hf
    }
    WITH holder, hf WHERE left(hf.recordedAt, size($knownAt)) <= $knownAt AND (hf.retractedAt IS NULL OR left(hf.retractedAt, size($knownAt)) > $knownAt)
    OPTIONAL CALL (hf) {
      WITH hf WHERE $asOf IS NOT NULL
      WITH COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(hf)
                     WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt)
                     WITH DISTINCT coalesce(x.validFrom, x.date) AS start WHERE start IS NOT NULL RETURN start ORDER BY start } AS starts,
           COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(hf)
                     WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt) AND x.validTo IS NOT NULL
                     RETURN x.validTo }
           + COLLECT { MATCH (:Article|RetractedArticle)-[y:REPORTS|RETRACTED_REPORT]->(:Fact|ArchivedFact)-[:ENDS]->(hf)
                       WHERE left(y.recordedAt, size($knownAt)) <= $knownAt AND (y.retractedAt IS NULL OR left(y.retractedAt, size($knownAt)) > $knownAt)
                       RETURN coalesce(y.validFrom, y.date) } AS ends
      WITH starts, ends, reduce(acc = [], s IN starts | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1])
             THEN acc + [[s, reduce(least = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (least IS NULL OR e < least) THEN e ELSE least END)]] ELSE acc END) AS intervals
      RETURN CASE WHEN size(starts) = 0 THEN none(e IN ends WHERE e IS NOT NULL AND left(e, size($asOf)) <= $asOf)
                  ELSE any(i IN intervals WHERE left(i[0], size($asOf)) <= $asOf AND (i[1] IS NULL OR left(i[1], size($asOf)) > $asOf)) END AS officeHeld
    }
    WITH holder, officeHeld WHERE officeHeld IS NULL OR officeHeld
    RETURN holder
  }
  WITH unit, uses, collect(DISTINCT body) + collect(DISTINCT holder) AS actors
  CALL (actors) {
    UNWIND actors AS actor
    OPTIONAL MATCH (actor)-[:CONDUCTED]->(op:Operation)
    RETURN collect(DISTINCT op) AS operations
  }
  RETURN collect({uses: uses, members: actors + operations}) AS units
}
// the hostile facts between the two sides, scored first: live ones read off their traversal edges (typed by the
// hostile relations of `weights`, which carry the fact's dates, validity, record time and publisherCount), archived
// ones (under knownAt) through their role edges; the fact nodes are read for the pairs returned only.
// Units share members and pairs share units (on a generated graph of 10,000 articles 885 members stand on 285,000
// pair sides), so each member is expanded once, knowing the units it belongs to, and each fact is handed to the
// pairs whose one unit holds its subject and the other its object
CALL (weights, units) {
  CALL (units) {
    // partners[k]: [the other unit's index, the pair's index] for each pair unit k is in
    CALL (units) {
      UNWIND range(0, size(units) - 1) AS k
      UNWIND units[k].uses AS use
      WITH use[0] AS i, collect(CASE use[1] WHEN 0 THEN k END)[0] AS ka, collect(CASE use[1] WHEN 1 THEN k END)[0] AS kb
      UNWIND [[ka, kb], [kb, ka]] AS kk
      WITH kk[0] AS k, collect([kk[1], i]) AS unitPartners
      ORDER BY k
      RETURN collect(unitPartners) AS partners
    }
    CALL (units) {
      UNWIND range(0, size(units) - 1) AS k
      UNWIND units[k].members AS member
      WITH member, collect(k) AS unitsOf
      CALL (member) {
        MATCH (member)-[r:ACCUSED|CRITICIZED|DENIED|DISTANCED_FROM|REJECTED|PROTESTED|THREATENED|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|MOBILIZED|COERCED|ATTACKED]-(:Entity)
        // a fact about oneself has the member at both ends
        UNWIND CASE WHEN startNode(r) = endNode(r) THEN [true, false] ELSE [startNode(r) = member] END AS atStart
        RETURN r AS edge, null AS archived, atStart
        UNION ALL
        WITH member WHERE $knownAt IS NOT NULL
        MATCH (member)<-[role:ARCHIVED_SUBJECT|ARCHIVED_OBJECT]-(h:ArchivedFact)
        RETURN null AS edge, h AS archived, type(role) = 'ARCHIVED_SUBJECT' AS atStart
      }
      // only facts with both ends in some unit can lie between a pair
      WITH edge, archived, collect(CASE WHEN atStart THEN unitsOf END)[0] AS startUnits, collect(CASE WHEN NOT atStart THEN unitsOf END)[0] AS endUnits
      WHERE startUnits IS NOT NULL AND endUnits IS NOT NULL
      RETURN edge, archived, startUnits, endUnits
    }
    UNWIND startUnits AS k
    UNWIND [p IN partners[k] WHERE p[0] IN endUnits | p[1]] AS i
    // a pair is found twice when both ends stand in both its units
    RETURN edge, archived, collect(DISTINCT i) AS pairIndexes
  }
  // only what the arguments given need is read off the edge
  WITH edge, archived, pairIndexes,
       CASE WHEN archived IS NULL THEN type(edge) ELSE archived.relation END AS relation,
       CASE WHEN archived IS NULL THEN edge.publisherCount ELSE archived.publisherCount END AS publisherCount,
       CASE WHEN $from IS NULL THEN null WHEN archived IS NULL THEN coalesce(edge.lastDate, edge.firstDate, '') ELSE archived.sortDate END AS sortDate,
       CASE WHEN $to IS NULL THEN null WHEN archived IS NULL THEN edge.firstDate ELSE archived.firstDate END AS firstDate,
       CASE WHEN $knownAt IS NULL THEN null WHEN archived IS NULL THEN edge.recordedAt ELSE archived.recordedAt END AS recordedAt,
       CASE WHEN $knownAt IS NULL THEN null WHEN archived IS NULL THEN edge.retractedAt ELSE archived.retractedAt END AS retractedAt,
       CASE WHEN $asOf IS NULL THEN null WHEN archived IS NULL THEN edge.validFroms ELSE archived.validFroms END AS validFroms,
       CASE WHEN $asOf IS NULL THEN null WHEN archived IS NULL THEN edge.validTos ELSE archived.validTos END AS validTos,
       weights
  WITH edge, archived, pairIndexes, weights[relation] * coalesce(publisherCount, 1) AS weight, sortDate, firstDate, recordedAt, retractedAt, validFroms, validTos
  WHERE weight IS NOT NULL
    AND ($from IS NULL OR sortDate >= $from OR (sortDate <> '' AND $from STARTS WITH sortDate))
    AND ($to IS NULL OR firstDate <= $to OR firstDate STARTS WITH $to)
    AND ($knownAt IS NULL OR (left(recordedAt, size($knownAt)) <= $knownAt AND (retractedAt IS NULL OR left(retractedAt, size($knownAt)) > $knownAt)))
  // valid at asOf as known at knownAt: the intervals from the reports and endings recorded by then
  // (an ending recorded later does not close the fact yet), swept as write/link-facts sweeps the stored ones
  OPTIONAL CALL (edge, archived) {
    WITH edge, archived WHERE $knownAt IS NOT NULL AND $asOf IS NOT NULL
    OPTIONAL MATCH (live:Fact {id: edge.factId}) WHERE archived IS NULL
    WITH coalesce(archived, live) AS h
    WITH COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(h)
                   WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt)
                   WITH DISTINCT coalesce(x.validFrom, x.date) AS start WHERE start IS NOT NULL RETURN start ORDER BY start } AS starts,
         COLLECT { MATCH (:Article|RetractedArticle)-[x:REPORTS|RETRACTED_REPORT]->(h)
                   WHERE left(x.recordedAt, size($knownAt)) <= $knownAt AND (x.retractedAt IS NULL OR left(x.retractedAt, size($knownAt)) > $knownAt) AND x.validTo IS NOT NULL
                   RETURN x.validTo }
         + COLLECT { MATCH (:Article|RetractedArticle)-[y:REPORTS|RETRACTED_REPORT]->(:Fact|ArchivedFact)-[:ENDS]->(h)
                     WHERE left(y.recordedAt, size($knownAt)) <= $knownAt AND (y.retractedAt IS NULL OR left(y.retractedAt, size($knownAt)) > $knownAt)
                     RETURN coalesce(y.validFrom, y.date) } AS ends
    WITH reduce(acc = [], s IN starts | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1])
           THEN acc + [[s, reduce(least = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (least IS NULL OR e < least) THEN e ELSE least END)]] ELSE acc END) AS intervals
    RETURN any(i IN intervals WHERE left(i[0], size($asOf)) <= $asOf AND (i[1] IS NULL OR left(i[1], size($asOf)) > $asOf)) AS knownValid
  }
  WITH edge, archived, weight, pairIndexes, validFroms, validTos, knownValid
  WHERE $asOf IS NULL OR coalesce(knownValid, any(iv IN range(0, size(validFroms) - 1) WHERE left(validFroms[iv], size($asOf)) <= $asOf AND (validTos[iv] = '' OR left(validTos[iv], size($asOf)) > $asOf)))
  UNWIND pairIndexes AS i
  RETURN i, collect(edge) AS edges, collect(archived) AS archivedFacts, count(*) AS hostileCount, sum(weight) AS score
}
WITH pairs[i].a AS a, pairs[i].b AS b, pairs[i].alliances AS alliances, edges, archivedFacts, hostileCount, score
ORDER BY score DESC, hostileCount DESC, a.name, b.name
LIMIT $first
// the facts of the pairs returned, newest first
CALL (edges, archivedFacts) {
  CALL (edges, archivedFacts) {
    UNWIND edges AS r
    MATCH (h:Fact {id: r.factId})
    RETURN h
    UNION ALL
    UNWIND archivedFacts AS h
    RETURN h
  }
  WITH h ORDER BY h.sortDate DESC, h.id
  RETURN collect({fact: h.subjectId + ' ' + h.relation + ' ' + h.objectId, date: coalesce(h.validFrom, h.firstDate), publishers: h.publisherCount, ref: elementId(h)}) AS hostileFacts
}
RETURN a.id AS aId, a.name AS a, b.id AS bId, b.name AS b, hostileCount, toFloat(score) AS score, hostileFacts,
       [al IN alliances | {fact: al.subjectId + ' ' + al.relation + ' ' + al.objectId, date: coalesce(al.validFrom, al.firstDate), ref: elementId(al)}] AS alliances
ORDER BY score DESC, hostileCount DESC, a, b
