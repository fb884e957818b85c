// description: The facts of an entity valid at a date (valid time): one of the fact's validity intervals (validFroms / validTos) started by then (cut to the date's length, <=) and not ended by then (cut, >); a partial date stands for the end of its period; undated facts are never valid. validFrom / validTo are the interval holding then (validTo shown only if it came by then: never, for a fact valid then).
// param entity: string - entity id, e.g. gustavo-petro
// param asOf: string - partial date, e.g. 2025-11
MATCH (f:Fact)-[:SUBJECT|OBJECT]->(:Entity {id: $entity})
WITH f, [iv IN range(0, size(f.validFroms) - 1) WHERE left(f.validFroms[iv], size($asOf)) <= $asOf AND (f.validTos[iv] = '' OR left(f.validTos[iv], size($asOf)) > $asOf)] AS holding
WHERE size(holding) > 0
MATCH (f)-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
RETURN f.validFroms[holding[0]] AS validFrom, null AS validTo, s.name AS subject, f.relation AS relation, o.name AS object, f.contested AS contested, f.id AS factId
ORDER BY validFrom, factId
