import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { retractArticle } from '../../src/ingest/retractArticle.ts';
import type { FactFileInput } from '../../src/ingest/factFileSchema.ts';
import { graphFingerprint, openTestGraph, resetGraph } from '../support/testGraph.ts';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'tests', 'fixtures', 'facts', name);
const SANCTION = 'ruritania|SANCTIONED|freedonia';

async function counts(graph: Graph) {
  const [row] = await graph.runText<{ entities: number; facts: number; articles: number; edges: number }>(`
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
    CALL () { MATCH (a:Article) RETURN count(a) AS articles }
    CALL () { MATCH (:Entity)-[e]->(:Entity) WHERE e.factId IS NOT NULL RETURN count(e) AS edges }
    RETURN entities, facts, articles, edges`);
  return row!;
}

describe('ingesting articles (real Neo4j)', { timeout: 180_000 }, () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
  });
  afterAll(() => graph?.close());

  it('ingests an article: entities, facts, provenance, one typed edge per fact', async () => {
    const summary = await ingestArticle(graph, await loadFactFile(fixture('alpha.facts.yaml')));
    expect(summary).toEqual({ articleId: 'test-alpha', entitiesCreated: 3, entitiesMatched: 0, factsCreated: 3, factsCorroborated: 0, sourcesAdded: 3, dryRun: false });
    expect(await counts(graph)).toEqual({ entities: 3, facts: 3, articles: 1, edges: 3 });
    const [edge] = await graph.runText('MATCH (:Country {id: "ruritania"})-[e:SANCTIONED]->(:Country {id: "freedonia"}) RETURN properties(e) AS p');
    expect(edge).toEqual({
      p: {
        factId: SANCTION, sourceCount: 1, status: 'asserted', confidence: 1, firstDate: '2025-03-10', lastDate: '2025-03-10',
        // issue 16: valid time (the source's date), record time, corroboration, denials
        validFrom: '2025-03-10', recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), publisherCount: 1, contested: false,
        // its validity intervals (one, open), which asOf reads
        validFroms: ['2025-03-10'], validTos: [''],
      },
    });
  });

  it('ingesting the same file again changes nothing', async () => {
    const before = await graphFingerprint(graph);
    const summary = await ingestArticle(graph, await loadFactFile(fixture('alpha.facts.yaml')));
    expect(summary).toMatchObject({ entitiesCreated: 0, entitiesMatched: 3, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0 });
    expect(await graphFingerprint(graph)).toEqual(before);
    // Without the unchanged-content shortcut the statements themselves must be idempotent.
    await graph.runText("MATCH (a:Article {id: 'test-alpha'}) SET a.contentHash = 'forced-rewrite'", {}, { write: true });
    const rewritten = await ingestArticle(graph, await loadFactFile(fixture('alpha.facts.yaml')));
    expect(rewritten).toMatchObject({ entitiesCreated: 0, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0 });
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const before = await graphFingerprint(graph);
    const summary = await ingestArticle(graph, await loadFactFile(fixture('beta.facts.yaml')), { dryRun: true });
    expect(summary).toEqual({ articleId: 'test-beta', entitiesCreated: 2, entitiesMatched: 2, factsCreated: 2, factsCorroborated: 1, sourcesAdded: 3, dryRun: true });
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('a second article stating the same fact (by an alias) adds a source, not a second edge', async () => {
    const summary = await ingestArticle(graph, await loadFactFile(fixture('beta.facts.yaml')));
    expect(summary).toMatchObject({ entitiesCreated: 2, entitiesMatched: 2, factsCreated: 2, factsCorroborated: 1, sourcesAdded: 3 });
    // "Strelsau" resolved to ruritania through the alias alpha gave it: no second country node.
    expect(await counts(graph)).toEqual({ entities: 5, facts: 5, articles: 2, edges: 5 });
    const rows = await graph.runText('MATCH (s {id: "ruritania"})-[e:SANCTIONED]->(o {id: "freedonia"}) RETURN e.sourceCount AS n, e.status AS status, e.firstDate AS first, e.lastDate AS last');
    expect(rows).toEqual([{ n: 2, status: 'asserted', first: '2025-03-10', last: '2025-03-17' }]);
    const sources = await graph.runText('MATCH (a:Article)-[r:REPORTS]->(:Fact {id: $id}) RETURN a.id AS article, r.status AS status ORDER BY article', { id: SANCTION });
    expect(sources).toEqual([{ article: 'test-alpha', status: 'asserted' }, { article: 'test-beta', status: 'reported' }]);
    const [ruritania] = await graph.runText<{ aliases: string[] }>('MATCH (e:Entity {id: "ruritania"}) RETURN e.aliases AS aliases');
    expect(ruritania!.aliases).toContain('Strelsau');
  });

  it('retracting one article keeps the facts the other supports, with recomputed aggregates', async () => {
    const summary = await retractArticle(graph, 'test-alpha');
    expect(summary).toEqual({ articleId: 'test-alpha', sourcesRemoved: 3, factsRemoved: 2, factsKept: 1, entitiesRemoved: 1 });
    expect(await counts(graph)).toEqual({ entities: 4, facts: 3, articles: 1, edges: 3 });
    const rows = await graph.runText('MATCH (s {id: "ruritania"})-[e:SANCTIONED]->(o {id: "freedonia"}) RETURN e.sourceCount AS n, e.status AS status, e.firstDate AS first');
    expect(rows).toEqual([{ n: 1, status: 'reported', first: '2025-03-17' }]);
    const gone = await graph.runText('MATCH (e:Entity {id: "rufus-firefly"}) RETURN e');
    expect(gone).toEqual([]);
    const beta = await graph.runText('MATCH (:Article {id: "test-beta"})-[:REPORTS]->(f:Fact) RETURN f.id AS id ORDER BY id');
    expect(beta.map((r) => r.id)).toEqual([SANCTION, 'trentino|CRITICIZED|freedonia', 'trentino|HOLDS_OFFICE|sylvania']);
  });

  it('retracting the last article empties the graph; an unknown article is NotFound', async () => {
    await retractArticle(graph, 'test-beta');
    expect(await counts(graph)).toEqual({ entities: 0, facts: 0, articles: 0, edges: 0 });
    await expect(retractArticle(graph, 'test-beta')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('re-ingesting a changed file replaces the article contribution', async () => {
    const alpha = await loadFactFile(fixture('alpha.facts.yaml'));
    await ingestArticle(graph, alpha);
    const smaller = { ...alpha, facts: alpha.facts.filter((f) => f.relation !== 'CRITICIZED') };
    await ingestArticle(graph, smaller);
    expect(await counts(graph)).toEqual({ entities: 3, facts: 2, articles: 1, edges: 2 });
    expect(await graph.runText('MATCH ()-[e:CRITICIZED]->() RETURN e')).toEqual([]);
  });

  it('rejects a graph-level type conflict and writes nothing', async () => {
    const before = await graphFingerprint(graph);
    const conflicting: FactFileInput = {
      article: { id: 'test-conflict', title: 'Conflict' },
      entities: [{ id: 'freedonia', type: 'Person', name: 'Freedonia' }],
      facts: [{ subject: 'freedonia', relation: 'HOLDS_OFFICE', object: 'ruritania', evidence: 'x' }],
    };
    await expect(ingestArticle(graph, conflicting)).rejects.toThrow(/entities\[0\]\.id: entity "freedonia" is a Country in the graph, but this file says Person/);
    const dangling: FactFileInput = {
      article: { id: 'test-dangling', title: 'Dangling' },
      facts: [{ subject: 'ruritania', relation: 'SANCTIONED', object: 'grand-fenwick', evidence: 'x' }],
    };
    await expect(ingestArticle(graph, dangling)).rejects.toThrow(/facts\[0\]\.object: dangling reference "grand-fenwick"/);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('two concurrent ingests of overlapping articles create no duplicate entity or edge', async () => {
    await resetGraph(graph);
    const make = (n: number): FactFileInput => ({
      article: { id: `test-concurrent-${n}`, title: `Concurrent ${n}` },
      entities: [
        { id: 'ruritania', type: 'Country', name: 'Ruritania' },
        { id: 'freedonia', type: 'Country', name: 'Freedonia' },
        { id: `only-${n}`, type: 'Country', name: `Only ${n}` },
      ],
      facts: [
        { subject: 'ruritania', relation: 'SANCTIONED', object: 'freedonia', evidence: `source ${n}` },
        { subject: 'freedonia', relation: 'CRITICIZED', object: 'ruritania', evidence: `source ${n}` },
        { subject: `only-${n}`, relation: 'ALLY_OF', object: 'ruritania', evidence: `source ${n}` },
      ],
    });
    for (let round = 0; round < 3; round++) {
      await Promise.all([1, 2, 3, 4].map((n) => ingestArticle(graph, make(n))));
    }
    expect(await counts(graph)).toEqual({ entities: 6, facts: 6, articles: 4, edges: 6 });
    const dupes = await graph.runText(`
      MATCH (s)-[e]->(o) WHERE e.factId IS NOT NULL
      WITH e.factId AS id, count(*) AS n WHERE n > 1 RETURN id`);
    expect(dupes).toEqual([]);
    const [sanction] = await graph.runText('MATCH ()-[e:SANCTIONED]->() RETURN e.sourceCount AS n');
    expect(sanction).toEqual({ n: 4 });
  });
});
