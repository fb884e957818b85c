// description: Facts by id with their subject and object entities (Fact type); unknown ids are absent.
// param ids: string[] - fact ids ("<subjectId>|<RELATION>|<objectId>")
UNWIND $ids AS id
MATCH (f:Fact {id: id})-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
RETURN properties(f) AS fact,
       s {.id, .name, .kind, .description, aliases: coalesce(s.aliases, []), type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS subject,
       o {.id, .name, .kind, .description, aliases: coalesce(o.aliases, []), type: [l IN labels(o) WHERE l <> 'Entity'][0]} AS object
