// description: An entity's timeline: every fact it takes part in, dated facts first in date order.
// param entity: string - entity id, e.g. gustavo-petro
MATCH (f:Fact)-[:SUBJECT|OBJECT]->(:Entity {id: $entity})
MATCH (f)-[:SUBJECT]->(s:Entity)
MATCH (f)-[:OBJECT]->(o:Entity)
RETURN f.firstDate AS date, s.name AS subject, f.relation AS relation, o.name AS object, f.status AS status, f.sourceCount AS sources, f.id AS factId
ORDER BY date, factId
