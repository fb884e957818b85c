import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { graphFingerprint, openTestGraph, resetGraph } from '../support/testGraph.ts';
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
    env = { NEO4J_URI: inject('neo4jUri') };
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
    const [{ articles } = { articles: [] as string[] }] = await graph.runText<{ articles: string[] }>('MATCH (a:Article) RETURN collect(a.id) AS articles');
    expect(articles.sort()).toEqual(['test-alpha', 'test-beta']);
    const [{ n } = { n: -1 }] = await graph.runText<{ n: number }>("MATCH (a:Article) WHERE a.id = 'test-bad' RETURN count(a) AS n");
    expect(n).toBe(0);
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
