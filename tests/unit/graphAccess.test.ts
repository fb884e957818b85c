import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { openGraph } from '../../src/graph/Graph.ts';

describe('Graph access: registry keys for feature code, explicit runText for the rest', () => {
  // No statement is sent: the key is checked before a session opens (the driver connects lazily).
  const graph = openGraph(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }));

  it('readQuery and writeQuery refuse Cypher text, naming runText', async () => {
    await expect(graph.readQuery('MATCH (n) RETURN n')).rejects.toThrow(/take a registry key like "api\/database-info", not Cypher text .*use runText/);
    await expect(graph.writeQuery('MATCH (n) DETACH DELETE n')).rejects.toThrow(/not Cypher text/);
  });

  it('readQuery fails fast on an unknown key', async () => {
    await expect(graph.readQuery('api/no-such-statement')).rejects.toThrow(/no Cypher file cypher\/queries\/api\/no-such-statement.cypher/);
    await graph.close();
  });
});
