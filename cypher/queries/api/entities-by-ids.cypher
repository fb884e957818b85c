// description: Entities by id (the Entity type's scalar fields); unknown ids are simply absent.
// param ids: string[] - entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .kind, .description, aliases: coalesce(e.aliases, []), type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity
