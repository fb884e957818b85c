// description: Articles by id (the Article type's scalar fields); unknown ids are absent.
// param ids: string[] - article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .url, .publisher, .author, .publishedAt} AS article
