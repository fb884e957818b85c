// description: The facts of an entity valid at a date (valid time): validFrom cut to the date's length <= date, and no validTo or validTo (cut) > date; a partial date stands for the end of its period; undated facts are never valid.
// param entity: string - entity id, e.g. gustavo-petro
// param asOf: string - partial date, e.g. 2025-11
MATCH (f:Fact)-[:SUBJECT|OBJECT]->(:Entity {id: $entity})
WHERE left(f.validFrom, size($asOf)) <= $asOf AND (f.validTo IS NULL OR left(f.validTo, size($asOf)) > $asOf)
MATCH (f)-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
RETURN f.validFrom AS validFrom, f.validTo AS validTo, s.name AS subject, f.relation AS relation, o.name AS object, f.contested AS contested, f.id AS factId
ORDER BY validFrom, factId
