// description: The intelligence-sharing network: who suspended intelligence sharing with whom, and which intelligence bodies belong to whom.
MATCH (s:Entity)-[r:SUSPENDED_INTELLIGENCE_SHARING_WITH]->(o:Entity)
RETURN s.id AS subjectId, s.name AS subject, 'SUSPENDED_INTELLIGENCE_SHARING_WITH' AS relation, o.id AS objectId, o.name AS object,
       r.status AS status, r.firstDate AS date, r.sourceCount AS sources
UNION
MATCH (s:Organization {kind: 'intelligence'})-[r:PART_OF]->(o:Entity)
RETURN s.id AS subjectId, s.name AS subject, 'PART_OF' AS relation, o.id AS objectId, o.name AS object,
       r.status AS status, r.firstDate AS date, r.sourceCount AS sources
