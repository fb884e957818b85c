// description: Contradictions: an ally (or its office holder or agency) criticized, sanctioned, accused, attacked, distanced itself from or cut intelligence with its ally (or an operation the ally conducted).
MATCH (a:Entity)-[ally:ALLY_OF]-(b:Entity)
MATCH (actor:Entity)-[h:CRITICIZED|SANCTIONED|ACCUSED|ATTACKED|DISTANCED_FROM|SUSPENDED_INTELLIGENCE_SHARING_WITH|THREATENED|COERCED]->(target:Entity)
WHERE (actor = a OR (actor)-[:HOLDS_OFFICE|PART_OF]->(a))
  AND (target = b OR (b)-[:CONDUCTED]->(target) OR (target)-[:PART_OF]->(b))
RETURN DISTINCT a.name AS ally, b.name AS allyOf, actor.name AS actor, type(h) AS relation, target.name AS target, h.factId AS factId
ORDER BY ally, allyOf, factId
