import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { graphFingerprint, openTestGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { runCli } from '../support/runCli.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { NlpWorker } from '../../src/nlp/NlpWorker.ts';
import { NlpExtractor } from '../../src/extract/nlp/NlpExtractor.ts';
import { openAddSession } from '../../src/cli/addArticle.ts';
import { addFolder, listArticleFiles } from '../../src/cli/addFolder.ts';

const SANCTIONS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'eu-sanctions-shadow-fleet.txt');
const SEED = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'petro-suspends-intelligence-sharing.txt');

// Each `add` starts the CLI and a spaCy worker (model load included): on a loaded 2-core
// machine that alone can take tens of seconds, so these tests get more than the default 60 s.
describe('newsgraph add (real Neo4j)', { timeout: 180_000 }, () => {
  let graph: Graph;
  let env: NodeJS.ProcessEnv;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-add-'));
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    env = testNeo4jEnv();
  });
  afterAll(async () => {
    await graph?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run reports what the graph would gain and writes nothing', async () => {
    const before = await graphFingerprint(graph);
    const r = await runCli(['add', SANCTIONS, '--dry-run'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/the graph would gain: \d+ new entities .*, [1-9]\d* new facts/);
    expect(r.stdout).toMatch(/dry run: nothing written/);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('extracts and ingests an article: the graph gains its facts with provenance', async () => {
    const r = await runCli(['add', SANCTIONS, '--json'], { env });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ dryRun: false });
    expect(summary.factsCreated).toBeGreaterThan(0);
    const rows = await graph.runText<{ evidence: string; extractor: string; publishedAt: string }>(
      `MATCH (a:Article {id: $id})-[r:REPORTS]->(f:Fact {id: 'european-union|SANCTIONED|RUS'})
       MATCH (:Entity {id: 'european-union'})-[:SANCTIONED]->(:Entity {id: 'RUS'})
       RETURN r.evidence AS evidence, r.extractor AS extractor, a.publishedAt AS publishedAt`,
      { id: summary.articleId },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.evidence).toMatch(/imposed new sanctions on Russia/);
    expect(rows[0]!.publishedAt).toBe('2025-05-20');
  });

  it('adding the same article twice changes nothing', async () => {
    const before = await graphFingerprint(graph);
    const r = await runCli(['add', SANCTIONS], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/gained: 0 new entities .*, 0 new facts, 0 corroborated, 0 new sources/);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('resolves mentions to the graph: the seed article adds no duplicate entities', async () => {
    const before = await graph.runText<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    const r = await runCli(['add', SEED, '--id', 'antiwar-2025-10-petro-extracted', '--min-confidence', '0.6', '--json'], { env });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.factsCorroborated).toBeGreaterThanOrEqual(10);
    const after = await graph.runText<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    expect(after[0]!.n - before[0]!.n).toBeLessThanOrEqual(2);
    const sources = await graph.runText<{ n: number }>("MATCH (f:Fact {id: 'trump-administration|SANCTIONED|gustavo-petro'}) RETURN f.sourceCount AS n");
    expect(sources[0]!.n).toBe(2);
  });

  it('bad input exits 2 with a clear message and leaves the graph unchanged', async () => {
    const before = await graphFingerprint(graph);
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
    const badDate = path.join(dir, 'bad-date.txt');
    fs.writeFileSync(badDate, '---\npublished: yesterday\n---\nFrance sanctioned Iran.\n');
    for (const [file, message] of [
      [empty, /empty\.txt: the article is empty/],
      [binary, /binary\.txt: this looks like a binary file/],
      [badDate, /bad-date\.txt:2: front matter: published: malformed date/],
    ] as const) {
      const r = await runCli(['add', file], { env });
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
    }
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('an article with no recognisable facts is not an error and adds no facts', async () => {
    const plain = path.join(dir, 'plain.txt');
    fs.writeFileSync(plain, 'The weather was pleasant and the market was busy.\n');
    const facts = await graph.runText<{ n: number }>('MATCH (f:Fact) RETURN count(f) AS n');
    const r = await runCli(['add', plain], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/notice: no recognisable facts/);
    expect(await graph.runText('MATCH (f:Fact) RETURN count(f) AS n')).toEqual(facts);
  });

  it('add <folder>: every article through one extractor, a bad article reported and the rest added (exit 2)', async () => {
    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.txt'), '---\nid: batch-a\npublished: 2025-03-01\n---\nFrance and Italy condemned Iran on Monday.\n');
    fs.writeFileSync(path.join(folder, 'b.txt'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(folder, 'c.md'), '---\nid: batch-c\n---\nNorwegian Foreign Minister Jonas Lindqvist criticized Russia.\n');
    fs.writeFileSync(path.join(folder, 'notes.json'), '{}');
    const r = await runCli(['add', folder, '--json'], { env });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ added: 2, failed: 1 });
    expect(report.articles.map((a: { file: string; ok: boolean }) => [path.basename(a.file), a.ok])).toEqual([['a.txt', true], ['b.txt', false], ['c.md', true]]);
    expect(report.articles[1].error).toMatch(/b\.txt: this looks like a binary file/);
    const facts = await graph.runText<{ id: string }>("MATCH (:Article {id: 'batch-c'})-[:REPORTS]->(f:Fact) RETURN f.id AS id");
    expect(facts.map((f) => f.id)).toEqual(expect.arrayContaining([expect.stringMatching(/jonas-lindqvist\|HOLDS_OFFICE\|NOR/)]));
    const a = await graph.runText<{ id: string }>("MATCH (:Article {id: 'batch-a'})-[:REPORTS]->(f:Fact) RETURN f.id AS id");
    expect(a.map((f) => f.id)).toEqual(expect.arrayContaining(['FRA|CRITICIZED|IRN', 'ITA|CRITICIZED|IRN']));
  });

  it('add <folder> with no article files is bad input', async () => {
    const empty = path.join(dir, 'empty-folder');
    fs.mkdirSync(empty);
    const r = await runCli(['add', empty], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty-folder: no article files \(\*\.txt, \*\.md\) in this folder/);
  });

  it('a worker that dies mid-batch: the articles done so far are added and reported, the rest fail with the reason', async () => {
    const folder = path.join(dir, 'crash');
    fs.mkdirSync(folder);
    for (const [n, text] of [['1', 'Germany condemned Syria.'], ['2', 'Spain condemned Cuba.'], ['3', 'Poland condemned Belarus.']]) {
      fs.writeFileSync(path.join(folder, `${n}.txt`), `---\nid: crash-${n}\n---\n${text}\n`);
    }
    const config = loadConfig(process.env);
    const worker = await NlpWorker.start(inject('nlpPython'), config.nlp.model);
    let calls = 0;
    // The worker is killed as the second article is sent, as an out-of-memory kill would.
    const extractor = new NlpExtractor({
      parse: (text) => {
        if (++calls === 2) process.kill(worker.pid!, 'SIGKILL');
        return worker.parse(text);
      },
      close: () => worker.close(),
    });
    try {
      const session = await openAddSession(graph, config, extractor);
      const items = await addFolder(session, await listArticleFiles(folder), { metadata: {}, progress: false });
      expect(items.map((i) => i.ok)).toEqual([true, false, false]);
      for (const i of items.slice(1)) {
        expect(i.error).toMatch(/NLP worker stopped \(killed by SIGKILL\).*the article was not extracted/);
        expect(i.exitCode).toBe(8);
      }
    } finally {
      await extractor.close();
    }
    const added = await graph.runText<{ id: string }>("MATCH (a:Article) WHERE a.id STARTS WITH 'crash-' RETURN a.id AS id");
    expect(added.map((a) => a.id)).toEqual(['crash-1']);
  });
});

