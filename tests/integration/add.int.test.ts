import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { graphFingerprint, openTestGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { runCli } from '../support/runCli.ts';

const SANCTIONS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'eu-sanctions-shadow-fleet.txt');
const SEED = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'petro-suspends-intelligence-sharing.txt');

describe('newsgraph add (real Neo4j)', () => {
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
    const rows = await graph.readQuery<{ evidence: string; extractor: string; publishedAt: string }>(
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
    const before = await graph.readQuery<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    const r = await runCli(['add', SEED, '--id', 'antiwar-2025-10-petro-extracted', '--min-confidence', '0.6', '--json'], { env });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.factsCorroborated).toBeGreaterThanOrEqual(10);
    const after = await graph.readQuery<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    expect(after[0]!.n - before[0]!.n).toBeLessThanOrEqual(2);
    const sources = await graph.readQuery<{ n: number }>("MATCH (f:Fact {id: 'trump-administration|SANCTIONED|gustavo-petro'}) RETURN f.sourceCount AS n");
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
    const facts = await graph.readQuery<{ n: number }>('MATCH (f:Fact) RETURN count(f) AS n');
    const r = await runCli(['add', plain], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/notice: no recognisable facts/);
    expect(await graph.readQuery('MATCH (f:Fact) RETURN count(f) AS n')).toEqual(facts);
  });
});
