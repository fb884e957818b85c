// description: Who sanctioned whom: every SANCTIONED fact, with the measure, dates and number of sources.
MATCH (s:Entity)-[r:SANCTIONED]->(o:Entity)
RETURN s.id AS subjectId, s.name AS sanctioner, o.id AS objectId, o.name AS target,
       r.measure AS measure, r.firstDate AS firstDate, r.lastDate AS lastDate, r.sourceCount AS sources
ORDER BY sanctioner, target
