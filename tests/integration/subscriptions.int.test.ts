import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { retractArticle } from '../../src/ingest/retractArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { freePort } from '../../src/local-neo4j/localNeo4j.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { openTestGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';
import { startNewsSite, type NewsSite } from '../support/newsSiteServer.ts';

const EU_PATH = '/world/2025/05/20/eu-britain-shadow-fleet-sanctions';

interface Received<T> {
  at: number;
  value: T;
}

/** Collects a subscription's messages with their arrival time. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const messages: Array<Received<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>> = [];
  const stop = client.subscribe<T>({ query, variables }, {
    next: (value) => messages.push({ at: Date.now(), value: value as never }),
    error: (error) => messages.push({ at: Date.now(), value: { errors: [{ message: String((error as Error)?.message ?? JSON.stringify(error)) }] } }),
    complete: () => {},
  });
  return { messages, stop };
}

async function waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('GraphQL subscriptions over WebSocket, fed by writes from other processes (real Neo4j)', () => {
  let graph: Graph;
  let server: ChildProcess;
  let site: NewsSite;
  let client: Client;
  let wsUrl: string;
  const env = () => ({ ...testNeo4jEnv(), NEWSGRAPH_CHANGE_POLL_MS: '100' });

  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    site = await startNewsSite({ [EU_PATH]: { body: fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'web', 'eu-sanctions.html')) } });
    const port = await freePort();
    server = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'serve', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    server.stdout!.on('data', (d) => (out += d));
    server.stderr!.on('data', (d) => (out += d));
    await waitFor(() => (/GraphQL: http/.test(out) ? true : undefined), 120_000, `the server to start (output so far: ${out})`);
    wsUrl = `ws://127.0.0.1:${port}/graphql`;
    client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client?.dispose();
    server?.kill('SIGTERM');
    await site?.close();
    await graph?.close();
  });

  /** Writes in this process until the subscription sees it: then the server is following the log. */
  async function untilFollowing(messages: Array<Received<{ data?: { articleIngested?: { articleId: string } } }>>) {
    const alpha = await loadFactFile(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'facts', 'alpha.facts.yaml'));
    const end = Date.now() + 60_000;
    while (!messages.some((m) => m.value.data?.articleIngested?.articleId === 'test-alpha')) {
      if (Date.now() > end) throw new Error('the subscription never started');
      await retractArticle(graph, 'test-alpha').catch(() => {});
      await ingestArticle(graph, alpha);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  it('`newsgraph add` in another process reaches articleIngested and factsChanged subscribers within 2 s of its commit', async () => {
    const ingested = collect<{ articleIngested: { seq: number; at: string; articleId: string; title: string; factCount: number; article: { url: string } | null } }>(
      client,
      'subscription { articleIngested { seq at articleId title factCount article { url } } }',
    );
    const facts = collect<{ factsChanged: { seq: number; at: string; cause: string; articleIds: string[]; facts: Array<{ change: string; relation: string; subjectId: string; objectId: string }> } }>(
      client,
      'subscription ($f: FactsChangedFilter) { factsChanged(filter: $f) { seq at cause articleIds facts { change relation subjectId objectId } } }',
      { f: { entities: ['RUS'], relationTypes: ['SANCTIONED'] } },
    );
    await untilFollowing(ingested.messages as never);
    const before = ingested.messages.length;
    const factsBefore = facts.messages.length;

    const r = await runCli(['add', `${site.url}${EU_PATH}`, '--json'], { env: env() });
    expect(r.code).toBe(0);
    const articleId = JSON.parse(r.stdout).articleId as string;
    const exitedAt = Date.now();

    const event = await waitFor(() => ingested.messages.slice(before).find((m) => m.value.data?.articleIngested.articleId === articleId), 10_000, 'articleIngested');
    const changed = await waitFor(() => facts.messages.slice(factsBefore).find((m) => m.value.data?.factsChanged.articleIds.includes(articleId)), 10_000, 'factsChanged');
    const e = event.value.data!.articleIngested;
    expect(e).toMatchObject({ title: "EU and Britain Target Russia's Shadow Fleet in New Sanctions Round", article: { url: `https://ledger.example.com${EU_PATH}` } });
    expect(e.factCount).toBeGreaterThan(3);
    // The add process exits right after its commit (and closing its driver): the events must follow within 2 s.
    // `at` is when the writing statement ran, before the commit: that delay also counts the commit itself.
    console.log(
      `add exit -> articleIngested ${event.at - exitedAt} ms, -> factsChanged ${changed.at - exitedAt} ms; ` +
        `write statement -> articleIngested ${event.at - Date.parse(e.at)} ms, -> factsChanged ${changed.at - Date.parse(changed.value.data!.factsChanged.at)} ms`,
    );
    expect(event.at - exitedAt).toBeLessThan(2000);
    expect(changed.at - exitedAt).toBeLessThan(2000);
    // The filter keeps only facts on RUS with relation SANCTIONED.
    const f = changed.value.data!.factsChanged;
    expect(f.cause).toBe('INGEST');
    expect(f.facts.length).toBeGreaterThan(0);
    for (const fact of f.facts) {
      expect(fact.relation).toBe('SANCTIONED');
      expect([fact.subjectId, fact.objectId]).toContain('RUS');
      expect(fact.change).toBe('REPORTED');
    }
    // The warm-up article (test-alpha, no RUS) never matched the filter.
    expect(facts.messages.every((m) => !m.value.data?.factsChanged.articleIds.includes('test-alpha'))).toBe(true);
    ingested.stop();
    facts.stop();
  }, 240_000);

  it('`newsgraph retract` reaches articleRetracted; REMOVED facts come through factsChanged', async () => {
    const retracted = collect<{ articleRetracted: { articleId: string; factCount: number; article: unknown } }>(client, 'subscription { articleRetracted { articleId factCount article { id } } }');
    const facts = collect<{ factsChanged: { cause: string; facts: Array<{ change: string; fact: unknown }> } }>(client, 'subscription { factsChanged(filter: {entities: ["RUS"]}) { cause facts { change fact { id } } } }');
    const ingested = collect<{ articleIngested: { articleId: string } }>(client, 'subscription { articleIngested { articleId } }');
    await untilFollowing(ingested.messages as never);
    const [{ id }] = (await graph.runText<{ id: string }>('MATCH (a:Article) WHERE a.id STARTS WITH "web-ledger" RETURN a.id AS id')) as [{ id: string }];
    const r = await runCli(['retract', id], { env: env() });
    expect(r.code).toBe(0);
    const event = await waitFor(() => retracted.messages.find((m) => m.value.data?.articleRetracted.articleId === id), 10_000, 'articleRetracted');
    expect(event.value.data!.articleRetracted.article).toBeNull();
    expect(event.value.data!.articleRetracted.factCount).toBeGreaterThan(3);
    const removed = await waitFor(() => facts.messages.find((m) => m.value.data?.factsChanged.cause === 'RETRACT'), 10_000, 'factsChanged (RETRACT)');
    expect(removed.value.data!.factsChanged.facts.every((x) => x.change === 'REMOVED')).toBe(true);
    retracted.stop();
    facts.stop();
    ingested.stop();
  }, 240_000);

  it('subscriptions have the same limits as queries', async () => {
    const tooDeep = collect(client, `subscription { factsChanged { facts { fact { subject { relations { nodes { subject { relations { nodes { subject { relations { nodes { subject { relations { nodes { id } } } } } } } } } } } } } } } }`);
    const msg = await waitFor(() => tooDeep.messages[0], 10_000, 'the depth error');
    expect(JSON.stringify(msg.value)).toMatch(/query depth is limited to 12/);
  });
});
