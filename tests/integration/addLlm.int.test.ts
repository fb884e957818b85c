import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { startFakeChatServer, type FakeChatServer } from '../support/fakeChatServer.ts';
import { runCli } from '../support/runCli.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { graphFingerprint, openTestGraph, testNeo4jEnv } from '../support/testGraph.ts';

const SANCTIONS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'eu-sanctions-shadow-fleet.txt');
const MODEL = 'qwen2.5:7b-instruct';

describe('newsgraph add --extractor llm (real Neo4j, fake OpenAI-compatible server)', () => {
  let graph: Graph;
  let good: FakeChatServer;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-add-llm-'));
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...testNeo4jEnv(), NEWSGRAPH_HOME: home, NEWSGRAPH_LLM_MODEL: MODEL, NEWSGRAPH_LLM_RETRIES: '0', ...extra });
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    good = await startFakeChatServer([{ body: 'fixture:good-answer' }]);
  });
  afterAll(async () => {
    await good?.close();
    await graph?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('extracts with the model and ingests: facts with the model and prompt version in their provenance, tokens in the report', async () => {
    const r = await runCli(['add', SANCTIONS, '--extractor', 'llm', '--json'], { env: env({ NEWSGRAPH_LLM_BASE_URL: good.url }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ dryRun: false, factsExtracted: 5, factsCreated: 5, llm: { model: MODEL, promptVersion: 'extract-v1', tokensIn: 1480, tokensOut: 412, chunks: 1, cachedChunks: 0, unsupported: 0 } });
    expect(good.requests).toHaveLength(1);
    const rows = await graph.runText<{ evidence: string; extractor: string; start: number; title: string }>(
      `MATCH (a:Article {id: $id})-[r:REPORTS]->(f:Fact {id: 'david-lammy|HOLDS_OFFICE|GBR'})
       RETURN r.evidence AS evidence, r.extractor AS extractor, r.start AS start, f.title AS title`,
      { id: summary.articleId },
    );
    expect(rows).toEqual([
      {
        evidence: 'British Foreign Secretary David Lammy said the measures would "choke off the revenue that funds Vladimir Putin\'s war machine."',
        extractor: `newsgraph-llm@0.1.0 (model ${MODEL}, prompt extract-v1)`,
        start: fs.readFileSync(SANCTIONS, 'utf8').indexOf('British Foreign Secretary'),
        title: 'Foreign Secretary',
      },
    ]);
  });

  it('a re-run is answered from the cache: no request, no tokens, nothing new in the graph', async () => {
    const before = await graphFingerprint(graph);
    const r = await runCli(['add', SANCTIONS, '--extractor', 'llm'], { env: env({ NEWSGRAPH_LLM_BASE_URL: good.url }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${MODEL}: 0 tokens in, 0 out (1 piece(s), 1 from the cache); dropped 0 unsupported, 0 breaking type rules`);
    expect(r.stdout).toMatch(/gained: 0 new entities .*, 0 new facts/);
    expect(good.requests).toHaveLength(1);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  describe('bad input: one line naming what to fix, the right exit code, nothing written', () => {
    let before: Awaited<ReturnType<typeof graphFingerprint>>;
    const servers: FakeChatServer[] = [];
    const other = path.join(home, 'other-article.txt');
    beforeAll(async () => {
      // Not in the cache: every case below reaches the endpoint.
      fs.writeFileSync(other, `${fs.readFileSync(SANCTIONS, 'utf8')}\nOne more line.\n`);
      before = await graphFingerprint(graph);
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
    });
    const serve = async (status: number, fixture: string) => {
      const s = await startFakeChatServer([{ status, body: `fixture:${fixture}` }]);
      servers.push(s);
      return s.url;
    };
    const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

    it('no endpoint configured: exit 7 naming NEWSGRAPH_LLM_BASE_URL and --llm-url', async () => {
      const r = await runCli(['add', other, '--extractor', 'llm'], { env: env() });
      expect(r.code).toBe(7);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/needs an endpoint: set NEWSGRAPH_LLM_BASE_URL .* or pass --llm-url/);
      expect(await graphFingerprint(graph)).toEqual(before);
    });

    it('wrong key (401): exit 7 naming NEWSGRAPH_LLM_API_KEY, the key nowhere in the output', async () => {
      const r = await runCli(['add', other, '--extractor', 'llm'], { env: env({ NEWSGRAPH_LLM_BASE_URL: await serve(401, 'unauthorized'), NEWSGRAPH_LLM_API_KEY: 'sk-test-0123456789secret' }) });
      expect(r.code).toBe(7);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/refused the credentials \(HTTP 401\): check NEWSGRAPH_LLM_API_KEY/);
      expect(r.stdout + r.stderr).not.toMatch(/0123456789|secret/);
      expect(await graphFingerprint(graph)).toEqual(before);
    });

    it('unknown model (404): exit 7 naming NEWSGRAPH_LLM_MODEL', async () => {
      const r = await runCli(['add', other, '--extractor', 'llm', '--llm-model', 'qwen9:404b'], { env: env({ NEWSGRAPH_LLM_BASE_URL: await serve(404, 'unknown-model') }) });
      expect(r.code).toBe(7);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/no model "qwen9:404b" .*check NEWSGRAPH_LLM_MODEL \/ --llm-model/);
      expect(await graphFingerprint(graph)).toEqual(before);
    });

    it('endpoint unreachable: exit 5 naming NEWSGRAPH_LLM_BASE_URL', async () => {
      const url = await serve(200, 'good-answer');
      await servers.pop()!.close();
      const r = await runCli(['add', other, '--extractor', 'ensemble', '--llm-url', url], { env: env() });
      expect(r.code).toBe(5);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/cannot reach the language model at http:\/\/127\.0\.0\.1:\d+\/v1 \(ECONNREFUSED\): start it, or fix NEWSGRAPH_LLM_BASE_URL/);
      expect(await graphFingerprint(graph)).toEqual(before);
    });
  });

  it('add <folder> takes the --llm-* flags too (no NEWSGRAPH_LLM_BASE_URL set)', async () => {
    const folder = fs.mkdtempSync(path.join(home, 'folder-'));
    fs.writeFileSync(path.join(folder, 'sanctions.txt'), `${fs.readFileSync(SANCTIONS, 'utf8')}\nA line only this copy has.\n`);
    const asked = good.requests.length;
    const r = await runCli(['add', folder, '--extractor', 'llm', '--llm-url', good.url, '--llm-model', 'flag-model', '--json'], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 1, failed: 0 });
    expect(good.requests.slice(asked).map((q) => q.body.model)).toEqual(['flag-model']);
  });
});
