// description: Neo4j version and node / relationship counts for the DatabaseInfo type.
CALL dbms.components() YIELD versions
WITH versions[0] AS version
CALL () { MATCH (n) RETURN count(n) AS nodeCount }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN version, nodeCount, relationshipCount
