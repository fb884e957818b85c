import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// GraphQL-over-HTTP compliance of the live server (graphql-http's audits). Every MUST audit
// must pass; plain Apollo Server 5 passes 42 of the 48 SHOULD / MAY audits, we must not do worse.
describe('graphql-http server audits against the live server', () => {
  let graph: Graph;
  let server: RunningServer;
  const results: { name: string; status: string }[] = [];
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config);
  });
  afterAll(async () => {
    const must = results.filter((r) => r.name.startsWith('MUST'));
    const rest = results.filter((r) => !r.name.startsWith('MUST'));
    console.log(`[audits] MUST ${must.filter((r) => r.status === 'ok').length}/${must.length}, SHOULD/MAY ${rest.filter((r) => r.status === 'ok').length}/${rest.length}`);
    await server?.close();
    await graph?.close();
  });

  for (const audit of serverAudits({ url: () => server.graphqlUrl })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      results.push({ name: audit.name, status: result.status });
      if (audit.name.startsWith('MUST')) expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }

  it('passes at least 45 of the 48 SHOULD / MAY audits (plain Apollo 5: 42)', () => {
    const rest = results.filter((r) => !r.name.startsWith('MUST'));
    expect(rest).toHaveLength(48);
    expect(rest.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(45);
  });
});
