import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { DASHBOARD_QUERIES } from '../../bench/dashboardQueries.ts';
import { generateFactFiles } from '../../bench/generateCorpus.ts';
import { runBench, type BenchResult } from '../../bench/runBench.ts';
import type { Timing } from '../../bench/measure.ts';
import { openTestGraph, resetGraph } from '../support/testGraph.ts';

/** `npm run bench` in miniature (tiny sizes, few runs), so the harness cannot rot unnoticed. */
describe('benchmark harness (smoke)', () => {
  let graph: Graph;
  let result: BenchResult;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    result = await runBench({
      sizes: [15, 40],
      ingestArticles: 8,
      naiveMs: 2_000,
      gdeltFile: path.join(PROJECT_ROOT, 'tests', 'fixtures', 'gdelt', 'events-mixed.tsv'),
      loadBudgetMs: 120_000,
      measure: { warmup: 1, runs: 2, maxMs: 500, concurrency: 2, throughputMs: 200, concurrencyLevels: [1, 3] },
      seed: 7,
      outDir,
      neo4jUri: inject('neo4jUri'),
      neo4jPassword: inject('neo4jPassword'),
    });
  }, 600_000);
  afterAll(async () => {
    await graph?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('the corpus generator is reproducible from its seed and follows the vocabulary', () => {
    const a = [...generateFactFiles({ articles: 30, seed: 3 })];
    expect([...generateFactFiles({ articles: 30, seed: 3 })]).toEqual(a);
    expect([...generateFactFiles({ articles: 30, seed: 4 })]).not.toEqual(a);
    const triples = a.flatMap((f) => (f.facts ?? []).map((x) => `${x.subject}|${x.relation}|${x.object}`));
    expect(new Set(triples).size).toBeLessThan(triples.length); // some facts are reported by several articles
  });

  it('measures every ingestion loader', () => {
    expect(result.ingestion.map((r) => r.name)).toHaveLength(6);
    for (const rate of result.ingestion) {
      expect(rate.facts, rate.name).toBeGreaterThan(0);
      expect(rate.factsPerSecond, rate.name).toBeGreaterThan(0);
    }
  });

  it('measures every dashboard query at every size on all sides, without errors', () => {
    expect(result.sizes.map((s) => s.articles)).toEqual([15, 40]);
    for (const size of result.sizes) {
      expect(size.facts).toBeGreaterThan(0);
      expect(size.queries.map((q) => q.name)).toEqual(DASHBOARD_QUERIES.map((q) => q.name));
      for (const q of size.queries) {
        const spec = DASHBOARD_QUERIES.find((d) => d.name === q.name)!;
        const sides: [string, Timing | null][] = [['api', q.api], ['cypher', q.cypher], ['api in-process', q.apiInProcess], ['cypher beside it', q.cypherInProcess], ...(spec.neo4jGraphql ? [['@neo4j/graphql', q.neo4jGraphql] as [string, Timing | null]] : [])];
        for (const [side, timing] of sides) {
          expect(timing?.error, `${q.name} ${side}`).toBeUndefined();
          expect(timing?.runs, `${q.name} ${side}`).toBeGreaterThan(0);
          expect(timing!.p50Ms).toBeGreaterThan(0);
          expect(timing!.p95Ms).toBeGreaterThanOrEqual(timing!.p50Ms);
        }
        if (!spec.neo4jGraphql) expect(q.neo4jGraphql).toBeNull();
        // The scaling queries have requests/s per concurrency level on every side.
        if (spec.scaling) for (const t of [q.api, q.cypher, q.apiInProcess, q.cypherInProcess, q.neo4jGraphql]) expect(Object.keys(t!.throughputAt ?? {}), q.name).toEqual(['1', '3']);
      }
    }
  });

  it('records the API peak memory and the cold start of npm start', () => {
    expect(result.api.peakRssMiB).toBeGreaterThan(20);
    expect(result.api.coldStartSeconds).toBeGreaterThan(0);
  });

  it('writes bench.json and a Markdown table with the machine and the ratios', () => {
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'bench.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(result)));
    const md = fs.readFileSync(path.join(outDir, 'bench.md'), 'utf8');
    expect(md).toContain(`${os.cpus().length} cores`);
    expect(md).toContain('| serve / Cypher |');
    expect(md).toContain('| in-process / Cypher | in-process / @neo4j/graphql |');
    expect(md).toMatch(/Requests\/s at 1 \/ 3 concurrent callers/);
    // Requests/s per level: newsgraph serve, the API in-process, @neo4j/graphql, the floor.
    expect(md).toMatch(/\| search[^|]*(\| ([\d.]+|slow) \/ ([\d.]+|slow) ){4}\|\n/);
    expect(md).toMatch(/\| entity[^|]*\| [\d.]+ \/ [\d.]+ \|/);
    expect(md).toMatch(/median/);
  });
});
