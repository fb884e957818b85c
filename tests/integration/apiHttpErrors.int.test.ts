import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Config } from '../../src/config/loadConfig.ts';
import { openGraph, type Graph } from '../../src/graph/Graph.ts';
import { openTestGraph, resetGraph, testConfig, testNeo4jEnv } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';

/** A raw POST (fetch would fix up charsets and encodings for us). */
function rawPost(url: string, body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request-level HTTP errors are GraphQL errors', () => {
  let graph: Graph;
  let server: RunningServer;
  const logged: string[] = [];
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config, {}, { log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it.each([
    ['malformed JSON', '{"query": "{ stats', { 'content-type': 'application/json' }, 400, 'BAD_REQUEST', 'the request body is not valid JSON'],
    ['a non-UTF-8 charset', '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'unsupported charset "LATIN1": send UTF-8 JSON'],
    [
      'a body over the limit',
      JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
      { 'content-type': 'application/json' },
      413,
      'PAYLOAD_TOO_LARGE',
      'the request body is larger than the limit of 2097152 bytes',
    ],
    [
      'an unsupported Content-Encoding',
      '{"query":"{ __typename }"}',
      { 'content-type': 'application/json', 'content-encoding': 'compress' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'unsupported Content-Encoding "compress": send identity, gzip, deflate or br',
    ],
  ])('%s: status, GraphQL error body with a code, one log line without a stack', async (_what, body, headers, status, code, message) => {
    logged.length = 0;
    const res = await rawPost(server.graphqlUrl, body, headers);
    expect(res.status).toBe(status);
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ errors: [{ message, extensions: { code } }] });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBe(`newsgraph api: POST /graphql -> ${status} ${code}: ${message}`);
    expect(res.body).not.toMatch(/<html|at \w+ \(/i);
  });

  it.each([
    ['a JSON string', '"{ __typename }"', 400, { errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }],
    ['a JSON number', ' 42', 400, { errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }],
    ['a byte order mark before the JSON', '\uFEFF{"query":"{ __typename }"}', 200, { data: { __typename: 'Query' } }],
    ['leading white space', ' \n {"query":"{ __typename }"}', 200, { data: { __typename: 'Query' } }],
  ])('strict JSON bodies (an object or an array), with and without a charset or gzip: %s', async (_what, body, status, expected) => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      for (const encoding of [undefined, 'gzip']) {
        const payload = encoding ? zlib.gzipSync(body) : body;
        const res = await rawPost(server.graphqlUrl, payload, { 'content-type': type, ...(encoding ? { 'content-encoding': encoding } : {}) });
        expect(res.status, `${type} ${encoding ?? 'identity'}`).toBe(status);
        expect(JSON.parse(res.body)).toEqual(expected);
      }
    }
  });

  it('answers in the GraphQL media type the client asked for', async () => {
    const res = await rawPost(server.graphqlUrl, '{', { 'content-type': 'application/json', accept: 'application/graphql-response+json' });
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/graphql-response\+json/);
  });

  it('a request in absolute form (as sent to a proxy) reaches /graphql', async () => {
    const { port } = new URL(server.graphqlUrl);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      // The request target is the whole URL: `POST http://127.0.0.1:PORT/graphql HTTP/1.1`.
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: server.graphqlUrl, headers: { 'content-type': 'application/json' } }, (r) => {
        let text = '';
        r.on('data', (d) => (text += d));
        r.on('end', () => resolve({ status: r.statusCode!, body: text }));
      });
      req.on('error', reject);
      req.end('{"query":"{ __typename }"}');
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('a gzip body is still accepted', async () => {
    const res = await rawPost(server.graphqlUrl, zlib.gzipSync('{"query":"{ __typename }"}'), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('introspection', () => {
  const introspect = async (config: Config) => {
    const graph = openGraph(config);
    const server = await startTestServer(graph, config, {}, { log: () => {} });
    try {
      const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
      return (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    } finally {
      await server.close();
      await graph.close();
    }
  };

  it('is on in development, off in production, and NEWSGRAPH_INTROSPECTION decides when set', async () => {
    const { loadConfig } = await import('../../src/config/loadConfig.ts');
    const env = { ...process.env, ...testNeo4jEnv() };
    expect((await introspect(loadConfig({ ...env, NODE_ENV: 'development' }))).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const production = await introspect(loadConfig({ ...env, NODE_ENV: 'production' }));
    expect(production.data).toBeUndefined();
    expect(production.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    expect((await introspect(loadConfig({ ...env, NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'true' }))).data).toBeDefined();
    expect((await introspect(loadConfig({ ...env, NEWSGRAPH_INTROSPECTION: 'false' }))).data).toBeUndefined();
  });
});

describe('credentials never shown', () => {
  it('a URI with credentials is redacted in /ready and in { database { uri } }', async () => {
    const config = testConfig();
    const leaky = { ...config, neo4j: { ...config.neo4j, uri: config.neo4j.uri!.replace('bolt://', 'bolt://neo4j:SECRET-PW@') }, server: { ...config.server, port: 0 } };
    const graph = openGraph(leaky);
    const server = await startServer(graph, leaky, { log: () => {} });
    try {
      const ready = await (await fetch(`${server.url}/ready`)).text();
      const db = await (
        await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ database { uri } }' }) })
      ).text();
      for (const text of [ready, db]) {
        expect(text).not.toContain('SECRET-PW');
        expect(text).toContain('bolt://***@127.0.0.1:');
      }
    } finally {
      await server.close();
      await graph.close();
    }
  });

  it.each([['serve'], ['up', '--no-seed'], ['migrate'], ['ingest', 'x.facts.yaml']])('newsgraph %s refuses NEO4J_URI with credentials without printing them', async (...args) => {
    const cli = await runCli(args, { env: { NODE_ENV: 'production', NEO4J_URI: 'bolt://neo4j:SECRET-PW@127.0.0.1:1', PORT: '0' } });
    expect(cli.code).toBe(7);
    expect(cli.stderr.trim()).toBe(
      'newsgraph: NEO4J_URI must not carry credentials (bolt://***@127.0.0.1:1): put the user in NEO4J_USER and the password in NEO4J_PASSWORD',
    );
    expect(cli.stdout + cli.stderr).not.toContain('SECRET-PW');
  });
});
