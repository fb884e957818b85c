import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { graphFingerprint, openTestGraph, resetGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';

const FACTS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'facts');
const BAD = path.join(FACTS, 'bad');
const BAD_FILES = fs.readdirSync(BAD).filter((f) => f.endsWith('.facts.yaml')).sort();

describe('newsgraph ingest / retract (CLI, real Neo4j)', { timeout: 180_000 }, () => {
  let graph: Graph;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    env = testNeo4jEnv();
  });
  afterAll(() => graph?.close());

  it('a bad file exits 2 with file, line and field path, and writes nothing', async () => {
    const before = await graphFingerprint(graph);
    const r = await runCli(['ingest', path.join(BAD, 'unknown-relation.facts.yaml')], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown-relation\.facts\.yaml:17: facts\[0\]\.relation: unknown relation "SANCTIONS"/);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('--dry-run --json reports what would change and writes nothing', async () => {
    const before = await graphFingerprint(graph);
    const r = await runCli(['ingest', '--dry-run', '--json', path.join(PROJECT_ROOT, 'seeds')], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ dryRun: true, failures: [], total: { files: 1, articles: 1, factsCreated: 25, entitiesCreated: 20 } });
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('with several files the valid ones load and every failure is listed, exit 2', async () => {
    const r = await runCli(['ingest', '--json', FACTS], { env });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { articles: { articleId: string }[]; failures: { file: string; message: string }[] };
    expect(report.articles.map((a) => a.articleId).sort()).toEqual(['test-alpha', 'test-beta']);
    expect(report.failures.map((f) => path.basename(f.file)).sort()).toEqual(BAD_FILES);
    for (const f of report.failures) expect(f.message).toContain(path.basename(f.file));
    const [{ articles } = { articles: [] as string[] }] = await graph.readQuery<{ articles: string[] }>('MATCH (a:Article) RETURN collect(a.id) AS articles');
    expect(articles.sort()).toEqual(['test-alpha', 'test-beta']);
    const [{ n } = { n: -1 }] = await graph.readQuery<{ n: number }>("MATCH (a:Article) WHERE a.id = 'test-bad' RETURN count(a) AS n");
    expect(n).toBe(0);
  });

  it('a folder run always finishes with its report: a YAML alias bomb and a 1 MB name are those files\' errors', async () => {
    await resetGraph(graph);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-hostile-folder-'));
    try {
      for (const f of ['alpha.facts.yaml', 'alpha.txt', 'beta.facts.yaml', 'beta.txt']) fs.copyFileSync(path.join(FACTS, f), path.join(dir, f));
      // Sorted between alpha and beta, so the files after them must still be read.
      const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      fs.writeFileSync(path.join(dir, 'b-bomb.facts.yaml'), `${laughs.join('\n')}\narticle: *i\n`);
      const huge = { article: { id: 'test-huge', title: 'Huge' }, entities: [{ id: 'huge', type: 'Country', name: 'N'.repeat(1024 * 1024) }], facts: [] };
      fs.writeFileSync(path.join(dir, 'b-huge.facts.json'), JSON.stringify(huge));
      const r = await runCli(['ingest', '--json', dir], { env });
      expect(r.stderr).not.toContain('crashed');
      expect(r.code).toBe(2);
      const report = JSON.parse(r.stdout) as { articles: { articleId: string }[]; failures: { file: string; message: string; code: string }[]; total: { files: number } };
      expect(report.articles.map((a) => a.articleId)).toEqual(['test-alpha', 'test-beta']);
      expect(report.total.files).toBe(4);
      expect(report.failures.map((f) => [path.basename(f.file), f.code])).toEqual([
        ['b-bomb.facts.yaml', 'BAD_USER_INPUT'],
        ['b-huge.facts.json', 'BAD_USER_INPUT'],
      ]);
      expect(report.failures[0]!.message).toMatch(/b-bomb\.facts\.yaml: invalid YAML: aliases expand to too many nodes \(limit 100/);
      expect(report.failures[1]!.message).toMatch(/b-huge\.facts\.json:\d+: entities\[0\]\.name: entity name is 1048576 characters; the limit is 300/);
      const rows = await graph.readQuery<{ ids: string[] }>('MATCH (a:Article) RETURN collect(a.id) AS ids');
      expect(rows[0]!.ids.sort()).toEqual(['test-alpha', 'test-beta']);

      const text = await runCli(['ingest', dir], { env });
      expect(text.code).toBe(2);
      expect(text.stdout).toMatch(/loaded 2 of 4 files/);
      expect(text.stderr).toMatch(/2 failed:/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a per-article table and a total', async () => {
    const r = await runCli(['ingest', path.join(FACTS, 'alpha.facts.yaml'), path.join(FACTS, 'beta.facts.yaml')], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/test-alpha\s*│\s*0\s*│\s*3\s*│\s*0\s*│\s*0\s*│\s*0/);
    expect(r.stdout).toMatch(/total \(2 articles\)/);
    expect(r.stdout).toMatch(/loaded 2 of 2 files/);
  });

  it('retract removes an article; an unknown id exits 3', async () => {
    const r = await runCli(['retract', 'test-alpha', '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ articleId: 'test-alpha', sourcesRemoved: 3, factsRemoved: 2, factsKept: 1, entitiesRemoved: 1 });
    const again = await runCli(['retract', 'test-alpha'], { env });
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/no article with id "test-alpha"/);
  });
});
