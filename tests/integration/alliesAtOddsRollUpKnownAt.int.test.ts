import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { retractArticle } from '../../src/ingest/retractArticle.ts';
import { startTestServer } from '../support/startTestServer.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// alliesAtOdds(knownAt) rolls up through the offices and memberships known then: one retracted
// since (archived) still counts before its retraction, as does a hostile fact retracted since, and a membership ended by an article
// recorded later is still open as known before it (fixtures tests/fixtures/time/m-, n-, o-, README there).
describe('alliesAtOdds with knownAt: the roll-up through offices and memberships as recorded then', () => {
  let graph: Graph;
  let server: RunningServer;
  let before: string;
  let after: string;

  const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'time', name);

  /** The Thalia-Vennor pair's hostile fact ids (sorted), or null when the pair is not listed. */
  async function hostile(args: { asOf?: string; knownAt?: string }): Promise<string[] | null> {
    const query = 'query ($asOf: PartialDate, $knownAt: String) { alliesAtOdds(asOf: $asOf, knownAt: $knownAt) { a { id } b { id } hostileFacts { id } } }';
    const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: args }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    expect(body.errors).toBeUndefined();
    const found = body.data.alliesAtOdds.find((p: any) => p.a.id === 'thalia' && p.b.id === 'vennor');
    return found ? found.hostileFacts.map((f: any) => f.id).sort() : null;
  }

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph, testConfig());
    await ingestArticle(graph, await loadFactFile(fixture('m-allies-membership.facts.yaml')));
    await ingestArticle(graph, await loadFactFile(fixture('o-navy-membership.facts.yaml')));
    await new Promise((r) => setTimeout(r, 10));
    before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 10));
    await ingestArticle(graph, await loadFactFile(fixture('n-membership-ended.facts.yaml')));
    await retractArticle(graph, 'time-o-navy-membership');
    after = new Date().toISOString();
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  const all = ['rhea-marin|CRITICIZED|thalia', 'vennor-coast-guard|THREATENED|thalia', 'vennor-navy|ATTACKED|thalia'];

  it("today the navy's membership and the minister's office are retracted: only the coast guard rolls up, and not as of 2025-05", async () => {
    expect(await hostile({})).toEqual(['vennor-coast-guard|THREATENED|thalia']);
    expect(await hostile({ asOf: '2025-05' })).toBeNull();
    expect(await hostile({ knownAt: after })).toEqual(['vennor-coast-guard|THREATENED|thalia']);
    expect(await hostile({ asOf: '2025-05', knownAt: after })).toBeNull();
  });

  // the sanctions were reported only by the retracted article: archived, they count as known before it
  const known = [...all, 'vennor|SANCTIONED|thalia'].sort();

  it('as known before the retraction, the archived membership and office still roll up, and the archived sanctions count', async () => {
    expect(await hostile({ knownAt: before })).toEqual(known);
  });

  it("as of 2025-05, as known before the coast guard's end (2025-04) was recorded, it was still Vennor's", async () => {
    expect(await hostile({ asOf: '2025-05', knownAt: before })).toEqual(known);
    const rows = await graph.runText<{ aId: string; bId: string; hostileCount: number }>(graph.cypher.get('explore/allies-at-odds'), { from: null, to: null, asOf: '2025-05', knownAt: before, first: neo4j.int(20) });
    expect(rows.map((r) => [`${r.aId}-${r.bId}`, Number(r.hostileCount)])).toEqual([['thalia-vennor', 4]]);
  });
});
