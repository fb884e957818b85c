// description: Criticism of an actor or operation: who criticized it, when, with the first evidence quote.
// param target: string - id of the criticized entity, e.g. us-boat-strike-campaign or USA
MATCH (critic:Entity)-[r:CRITICIZED]->(t:Entity {id: $target})
OPTIONAL MATCH (:Article)-[rep:REPORTS]->(:Fact {id: r.factId})
WITH critic, r, collect(rep.evidence) AS quotes
RETURN critic.id AS criticId, critic.name AS critic, r.firstDate AS date, r.status AS status, r.sourceCount AS sources, quotes[0] AS evidence
ORDER BY critic
