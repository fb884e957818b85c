// description: Contested facts: a DENIED fact answers them (same parties reversed, same allegation or none) or a source reports them as denied; with both sides, newest first.
// param first: int = 20 - how many facts
MATCH (f:Fact)
WHERE f.contested = true
RETURN f.id AS factId, f.status AS status, coalesce(f.validFrom, f.firstDate) AS date,
       COLLECT { MATCH (a:Article)-[r:REPORTS]->(f) WHERE r.status <> 'denied' RETURN a.id + ': ' + r.evidence } AS asserting,
       COLLECT { MATCH (d:Fact)-[:DENIES]->(f) MATCH (a:Article)-[r:REPORTS]->(d) RETURN d.id + ' (' + a.id + '): ' + r.evidence } +
       COLLECT { MATCH (a:Article)-[r:REPORTS]->(f) WHERE r.status = 'denied' RETURN a.id + ': ' + r.evidence } AS denying
ORDER BY f.sortDate DESC, factId
LIMIT $first
