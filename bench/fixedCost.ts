/**
 * `npm run bench:fixed [-- --runs N]`: where the fixed cost of one API request goes, on answers too
 * small to matter. Starts a throwaway Neo4j (or NEWSGRAPH_BENCH_NEO4J_URI), `newsgraph serve`
 * in its own process as `npm run bench` does, three bare servers in their own processes
 * (node:http; node:http + body-parser's JSON parser; express + express.json) and the API once
 * more inside this process, then times side by side, request by request (p50 / p95, load average):
 *
 * - an HTTP round trip to the bare servers, with the bench client (bench/measure.ts: undici) and
 *   the two before it (node:http with a keep-alive agent; fetch + AbortSignal.timeout);
 * - `{ __typename }` through the API (HTTP + Apollo + graphql-jit, no database), all three clients;
 * - `entity(id) { id }` through the API (+ the compiled statement, the driver, Neo4j), in its
 *   own process and in this one;
 * - the API's own statement for it behind a bare node:http server in its own process (the driver
 *   runs the statement and the rows go back as JSON: no GraphQL, no Apollo), what any HTTP API in
 *   front of Neo4j pays at least;
 * - the floor (`MATCH (e:Entity {id: $id}) RETURN e.id`) and the API's own statement, sent by
 *   the driver alone from this process (without the driver's call-site stack, as npm run bench
 *   and the API send them), and the floor once more with that stack (formatted through tsx's
 *   source maps: what the floor paid before).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph, withoutCallSiteStack } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';
import { freePort } from '../src/local-neo4j/localNeo4j.ts';
import { startServer } from '../src/api/createServer.ts';
import { parseScriptArgs } from '../scripts/parseScriptArgs.ts';
import { fetchGraphqlRequest, graphqlRequest, measureSideBySide, nodeHttpGraphqlRequest } from './measure.ts';

const USAGE = `Usage: npm run bench:fixed [-- --runs N]

Where the fixed cost of one API request goes: HTTP round trips to bare node:http, body-parser
and Express servers, { __typename } and entity(id) { id } through newsgraph serve and through
an API in this process, the API's statement behind a bare node:http server (no GraphQL), and
the same statement from the driver alone, timed side by side
(p50 / p95 in ms, with the load average). Starts its own throwaway Neo4j (about a minute).

Options:
  --runs N    alternating runs per row (default 300)
  -h, --help  this text

NEWSGRAPH_BENCH_NEO4J_URI points it at a disposable Neo4j instead (one Entity is written).
`;
const { values } = parseScriptArgs('bench:fixed', USAGE, { options: { runs: { type: 'string', default: '300' } } });
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`--runs must be a positive whole number (got ${JSON.stringify(values.runs)})`);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A bare server in its own process answering every POST with a small GraphQL body. */
const BARE_HTTP = `
const http = require('node:http');
const body = JSON.stringify({ data: { __typename: 'Query' } });
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => { JSON.parse(Buffer.concat(chunks).toString()); res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('up\\n'));`;
const BARE_BODY_PARSER = `
const http = require('node:http');
const json = require('body-parser').json({ limit: '2mb' });
const body = JSON.stringify({ data: { __typename: 'Query' } });
http.createServer((req, res) => json(req, res, () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); }))
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('up\\n'));`;
const BARE_EXPRESS = `
const express = require('express');
const app = express();
app.set('etag', false);
const body = JSON.stringify({ data: { __typename: 'Query' } });
app.use('/graphql', express.json({ limit: '2mb' }), (req, res) => { res.type('application/json').send(body); });
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('up\\n'));`;

/**
 * A bare server in its own process that runs one statement (env STATEMENT: text and params,
 * integers as {"int": "n"}) through neo4j-driver on every POST and answers its rows as JSON.
 */
const BARE_STATEMENT = `
const http = require('node:http');
const neo4j = require('neo4j-driver');
const { text, params } = JSON.parse(process.env.STATEMENT);
for (const k of Object.keys(params)) if (params[k] && typeof params[k] === 'object' && 'int' in params[k]) params[k] = neo4j.int(params[k].int);
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD || ''));
const database = process.env.NEO4J_DATABASE || undefined;
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    JSON.parse(Buffer.concat(chunks).toString());
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const running = session.run(text, params, { timeout: 60000 });
      Error.stackTraceLimit = limit;
      const result = await running;
      const body = JSON.stringify({ data: result.records.map((r) => r.toObject()) }, (_k, v) => (neo4j.isInt(v) ? v.toNumber() : v));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(e) }] }));
    } finally {
      await session.close();
    }
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('up\\n'));`;

const children: ChildProcess[] = [];

async function startChild(args: string[], env: Record<string, string>, ready: (url: string) => Promise<boolean>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited: ${output.slice(-400)}`);
    if (await ready(url).catch(() => false)) return { url, child };
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not come up: ${output.slice(-400)}`);
}

let throwaway: ThrowawayNeo4j | undefined;
let uri = process.env.NEWSGRAPH_BENCH_NEO4J_URI;
if (!uri) {
  log('starting a throwaway Neo4j...');
  throwaway = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-fixed-' });
  uri = throwaway.uri;
}
const auth: Record<string, string> = throwaway ? { NEO4J_PASSWORD: throwaway.password } : process.env.NEO4J_PASSWORD ? { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } : {};
const graph = openGraph(loadConfig({ ...process.env, NEO4J_URI: uri, ...auth }));
try {
  await graph.verify();
  await applyMigrations(graph, PROJECT_ROOT);
  const up = (url: string) => fetch(`${url}/ready`).then((r) => r.ok);
  const postUp = (url: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(() => true);
  const api = await startChild([path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'serve'], { NEO4J_URI: uri, ...auth, NODE_ENV: 'production', NO_COLOR: '1' }, up);
  const bareHttp = await startChild(['-e', BARE_HTTP], {}, postUp);
  const bareExpress = await startChild(['-e', BARE_EXPRESS], {}, postUp);
  const bareBodyParser = await startChild(['-e', BARE_BODY_PARSER], {}, postUp);
  await graph.runText("MERGE (e:Entity:Person {id: 'fixed-cost'}) SET e.name = 'Fixed Cost', e.kind = 'Person'", {}, { write: true });
  // The API's own compiled statement for entity(id) { id }, captured from an in-process server.
  let compiled: { text: string; params: Record<string, unknown> } | undefined;
  const stopListening = graph.onStatement((text, params) => (compiled ??= { text, params }));
  const inProcess = await startServer(graph, loadConfig({ ...process.env, NEO4J_URI: uri, ...auth, PORT: '0', HOST: '127.0.0.1' }));
  await graphqlRequest(inProcess.graphqlUrl, 'query($id: ID!) { entity(id: $id) { id } }', { id: 'fixed-cost' });
  stopListening();
  log(`the API's statement for entity(id) { id }: ${compiled!.text.replace(/\s+/g, ' ')}`);
  const statement = JSON.stringify(compiled, (_k, v) => (neo4j.isInt(v) ? { int: v.toString() } : v));
  const bareStatement = await startChild(['-e', BARE_STATEMENT], { NEO4J_URI: uri, ...auth, ...(graph.database ? { NEO4J_DATABASE: graph.database } : {}), STATEMENT: statement }, postUp);
  const typename = '{ __typename }';
  const entity = 'query($id: ID!) { entity(id: $id) { id } }';
  const floorText = 'MATCH (e:Entity {id: $id}) RETURN e.id AS id';
  // The floor's transport, as npm run bench sends it: one auto-commit read without the driver's call-site stack.
  const floor = async (stack = false) => {
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
    try {
      const run = () => session.run(floorText, { id: 'fixed-cost' }, { timeout: 60_000 });
      await (stack ? run() : withoutCallSiteStack(run));
    } finally {
      await session.close();
    }
  };
  const sides: [string, () => Promise<unknown>][] = [
    ['bare node:http, bench client (undici)', () => graphqlRequest(`${bareHttp.url}/graphql`, typename, {})],
    ['bare node:http, node:http agent client', () => nodeHttpGraphqlRequest(`${bareHttp.url}/graphql`, typename, {})],
    ['bare node:http, old client (fetch + timeout)', () => fetchGraphqlRequest(`${bareHttp.url}/graphql`, typename, {})],
    ['bare node:http + body-parser json, bench client', () => graphqlRequest(`${bareBodyParser.url}/graphql`, typename, {})],
    ['bare express + express.json, bench client', () => graphqlRequest(`${bareExpress.url}/graphql`, typename, {})],
    ['API { __typename }, bench client', () => graphqlRequest(`${api.url}/graphql`, typename, {})],
    ['API { __typename }, node:http agent client', () => nodeHttpGraphqlRequest(`${api.url}/graphql`, typename, {})],
    ['API { __typename }, old client', () => fetchGraphqlRequest(`${api.url}/graphql`, typename, {})],
    ['API entity(id) { id }, bench client', () => graphqlRequest(`${api.url}/graphql`, entity, { id: 'fixed-cost' })],
    ["bare node:http + driver, the API's statement", () => graphqlRequest(`${bareStatement.url}/graphql`, entity, { id: 'fixed-cost' })],
    ['API in this process, entity(id) { id }', () => graphqlRequest(inProcess.graphqlUrl, entity, { id: 'fixed-cost' })],
    ['API in this process, { __typename }', () => graphqlRequest(inProcess.graphqlUrl, typename, {})],
    ['floor: the driver alone, this process', () => floor()],
    ["floor, with the driver's call-site stack (tsx)", () => floor(true)],
    ["the API's statement, driver alone, this process", async () => {
      const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
      try {
        await withoutCallSiteStack(() => session.run(compiled!.text, compiled!.params, { timeout: 60_000 }));
      } finally {
        await session.close();
      }
    }],
  ];
  const load = os.loadavg()[0]!.toFixed(1);
  const timings = await measureSideBySide(
    sides.map(([, call]) => call),
    { warmup: 50, runs, maxMs: 120_000, concurrency: 1, throughputMs: 1 },
  );
  log(`fixed cost per request, p50 / p95 ms of ${runs} alternating runs (load average ${load} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end):`);
  for (const [i, [name]] of sides.entries()) log(`  ${name.padEnd(48)} ${timings[i]!.p50Ms.toFixed(2)} / ${timings[i]!.p95Ms.toFixed(2)}${timings[i]!.errors ? ` (${timings[i]!.errors} errors: ${timings[i]!.error})` : ''}`);
  await inProcess.close();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await graph.close();
  await throwaway?.stop();
}
