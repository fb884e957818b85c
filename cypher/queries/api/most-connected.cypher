// description: The entities taking part in the most facts (of the given relation types), with that number.
// param types: string[] - relation types to count
// param limit: int - how many entities
MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e:Entity)
WHERE f.relation IN $types
WITH e, count(DISTINCT f) AS degree
ORDER BY degree DESC, e.name, e.id
LIMIT toInteger($limit)
RETURN e.id AS id, degree
