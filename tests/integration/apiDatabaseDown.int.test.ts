import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/createServer.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { readLocalPassword } from '../../src/config/localCredentials.ts';
import { openGraph, type Graph } from '../../src/graph/Graph.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/localNeo4j.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

async function gql(url: string, query: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** A POST that accepts application/graphql-response+json, with its status and how long it took. */
async function timedGql(url: string, query: string) {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body, ms: performance.now() - t0 };
}

// A second, private Neo4j that this file stops mid-run: the shared test database stays up.
describe('Neo4j stopped while the API runs', () => {
  let home: string;
  let graph: Graph;
  let server: RunningServer;
  let production: RunningServer;
  beforeAll(async () => {
    // House rule: every integration file starts from a reset graph (this one only reads its own Neo4j).
    const shared = openTestGraph();
    await resetGraph(shared);
    await shared.close();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-api-down-'));
    const port = await freePort();
    await startLocalNeo4j({ rootDir: testConfig().rootDir, home, port, heapMb: 384, pageCacheMb: 64, readyTimeoutMs: 180_000 });
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: readLocalPassword(home)!, PORT: '0' });
    graph = openGraph(config);
    server = await startServer(graph, config);
    production = await startServer(graph, { ...config, server: { ...config.server, production: true } });
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await production?.close();
    await graph?.close();
    await stopLocalNeo4j(home, { timeoutMs: 30_000 }).catch(() => {});
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('answers while Neo4j is up, then DATABASE_UNAVAILABLE once it is stopped, without leaking details in production', async () => {
    const up = await gql(server.graphqlUrl, '{ dateRange { min } entities { totalCount } }');
    expect(up.errors).toBeUndefined();
    expect(up.data.entities.totalCount).toBe(0);
    const password = readLocalPassword(home)!;

    await stopLocalNeo4j(home, { timeoutMs: 30_000 });

    // The first request after the stop already fails fast: no driver retry loop (it used to
    // take about 6 s, 5 s of them retries; the bound here is loose on purpose, for a loaded
    // machine), then the readiness flag is down and the next ones do not even try.
    const first = await timedGql(server.graphqlUrl, '{ entities { totalCount } }');
    expect(first.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(first.ms).toBeLessThan(3000);
    expect(graph.isReachable).toBe(false);
    // No data at all: the GraphQL-over-HTTP spec allows 503 for application/graphql-response+json.
    expect(first.body.data).toBeNull();
    expect(first.status).toBe(503);
    expect(first.retryAfter).toBe('1');

    const down = await gql(server.graphqlUrl, '{ entities { totalCount } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is (not reachable|temporarily unavailable)/);
    const hidden = await gql(production.graphqlUrl, '{ entity(id: "COL") { id } }');
    expect(hidden.errors?.[0]?.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(hidden.errors?.[0]?.message).toBe('the database is unavailable; try again later');
    expect(JSON.stringify([down, hidden])).not.toContain(password);
    // The server process itself stays up.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
