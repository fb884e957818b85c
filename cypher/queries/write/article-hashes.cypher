// description: The stored content hash of each of these articles that exists (unchanged fact files are skipped; a changed one is pruned before it is rewritten).
// param articleIds: string[] - article ids of a batch
UNWIND $articleIds AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
