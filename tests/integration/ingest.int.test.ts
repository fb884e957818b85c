import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { openTestGraph, graphFingerprint } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { loadSeeds } from '../../src/ingest/loadSeeds.ts';
import { resetGraph, testConfig } from '../support/testGraph.ts';
import { prepareGraph } from '../../src/startup/prepareGraph.ts';

const SEED_ARTICLE = 'antiwar-2025-10-petro-suspends-intelligence-sharing';

describe('the seed graph', { timeout: 180_000 }, () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
  });
  afterAll(() => graph?.close());

  it('has the seed article, its 25 facts with evidence, and one traversal edge per fact', async () => {
    const [counts] = await graph.readQuery<{ articles: number; facts: number; reports: number; edges: number; withEvidence: number }>(`
      CALL () { MATCH (a:Article) RETURN count(a) AS articles }
      CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
      CALL () { MATCH (:Article)-[r:REPORTS]->(:Fact) RETURN count(r) AS reports, count(r.evidence) AS withEvidence }
      CALL () { MATCH (:Entity)-[e]->(:Entity) WHERE e.factId IS NOT NULL RETURN count(e) AS edges }
      RETURN articles, facts, reports, edges, withEvidence`);
    expect(counts).toEqual({ articles: 1, facts: 25, reports: 25, edges: 25, withEvidence: 25 });
  });

  it('answers the issue example: Trump administration SANCTIONED Gustavo Petro', async () => {
    const rows = await graph.readQuery('MATCH (a)-[:SANCTIONED]->(b) RETURN a.name AS a, b.name AS b');
    expect(rows).toEqual([{ a: 'Trump administration', b: 'Gustavo Petro' }]);
  });

  it('creates each registry entity once, with its type label and aliases for search', async () => {
    const rows = await graph.readQuery<{ id: string; labels: string[]; aliasText: string }>(
      "MATCH (e:Entity) WHERE e.id IN ['USA', 'gustavo-petro'] RETURN e.id AS id, labels(e) AS labels, e.aliasText AS aliasText ORDER BY id",
    );
    expect(rows.map((r) => [r.id, r.labels.sort()])).toEqual([
      ['USA', ['Country', 'Entity']],
      ['gustavo-petro', ['Entity', 'Person']],
    ]);
    expect(rows[0]!.aliasText).toContain('Washington');
    const hits = await graph.readQuery<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entityNames', 'Washington') YIELD node RETURN node.id AS id",
    );
    expect(hits.map((h) => h.id)).toContain('USA');
  });

  it('loading the seeds again changes nothing', async () => {
    const before = await graphFingerprint(graph);
    const summaries = await loadSeeds(graph, testConfig().rootDir);
    expect(summaries[0]).toMatchObject({ articleId: SEED_ARTICLE, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0, entitiesCreated: 0 });
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('start-up (prepareGraph) seeds an empty graph, and only an empty one', async () => {
    await resetGraph(graph);
    const lines: string[] = [];
    await prepareGraph(graph, testConfig(), { seed: true, log: (l) => lines.push(l) });
    expect(lines).toContain('seeds: loaded 1 article, 25 facts');
    const [{ n } = { n: -1 }] = await graph.readQuery<{ n: number }>('MATCH (:Article)-[r:REPORTS]->(:Fact) RETURN count(r) AS n');
    expect(n).toBe(25);
    await graph.writeQuery("MATCH (r:Article) DETACH DELETE r");
    await graph.writeQuery("CREATE (:Article {id: 'some-other-article', title: 'x'})");
    const again: string[] = [];
    await prepareGraph(graph, testConfig(), { seed: true, log: (l) => again.push(l) });
    expect(again).toContain('seeds: skipped (the graph already has 1 article)');
    const [{ a } = { a: -1 }] = await graph.readQuery<{ a: number }>('MATCH (a:Article) RETURN count(a) AS a');
    expect(a).toBe(1);
  });
});
