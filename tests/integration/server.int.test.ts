import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import { openGraph, type Graph } from '../../src/graph/Graph.ts';
import { freePort } from '../../src/local-neo4j/localNeo4j.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { openTestGraph, testConfig } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';

async function post(url: string, query: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('the GraphQL server over the real Neo4j', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph, testConfig());
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('answers /health and /ready', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', neo4j: graph.uri });
  });

  it('answers a GraphQL query with data read from Neo4j', async () => {
    await graph.runText('CREATE (:Probe {id: "server-test"})', {}, { write: true });
    const { body } = await post(server.graphqlUrl, '{ database { version nodeCount uri } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.database.version).toMatch(/^5\.26\./);
    expect(body.data.database.nodeCount).toBeGreaterThanOrEqual(1);
    await graph.runText('MATCH (p:Probe {id: "server-test"}) DELETE p', {}, { write: true });
  });
});

describe('an unreachable NEO4J_URI', () => {
  it('keeps /health up while /ready says not ready and names the URI (never the password)', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 's3cret-pass', PORT: '0' });
    const graph = openGraph(config);
    const server = await startServer(graph, config);
    try {
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      const body = await ready.json();
      expect(body.status).toBe('not ready');
      expect(body.reason).toContain(`Neo4j at ${uri} is not reachable`);
      expect(JSON.stringify(body)).not.toContain('s3cret-pass');
      const { body: gql } = await post(server.graphqlUrl, '{ database { nodeCount } }');
      expect(gql.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await server.close();
      await graph.close();
    }
  });

  it('makes a CLI command fail with the URI in a one-line reason', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const cli = await runCli(['migrate'], { env: { NEO4J_URI: uri, NEO4J_PASSWORD: 's3cret-pass' } });
    expect(cli.code).toBe(5);
    expect(cli.stderr).toMatch(new RegExp(`^newsgraph: Neo4j at ${uri.replace(/[/.]/g, '\\$&')} is not reachable`));
    expect(cli.stderr).not.toContain('s3cret-pass');
  });

  it('serve refuses a busy HTTP port, naming it and PORT', async () => {
    const graph = openTestGraph();
    const first = await startTestServer(graph, testConfig());
    const port = Number(new URL(first.url).port);
    try {
      await expect(startServer(graph, { ...testConfig(), server: { ...testConfig().server, port } })).rejects.toThrow(
        `port ${port} is already in use on 127.0.0.1: set PORT (or --port) to a free port`,
      );
    } finally {
      await first.close();
      await graph.close();
    }
  });
});
