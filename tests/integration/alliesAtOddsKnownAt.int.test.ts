import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { startTestServer } from '../support/startTestServer.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// alliesAtOdds(asOf, knownAt) reads the validity known at knownAt: an alliance ended and
// sanctions lifted and an office ended by an article recorded later still hold as known before it
// (fixtures tests/fixtures/time/k-..., l-..., README there).
describe('alliesAtOdds with asOf and knownAt: validity as recorded then', () => {
  let graph: Graph;
  let server: RunningServer;
  let beforeBreak: string;

  const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'time', name);

  /** The Lakonia-Mirovia pair's alliance and hostile fact ids, or null when the pair is not listed. */
  async function pair(args: { asOf?: string; knownAt?: string }): Promise<{ alliances: string[]; hostile: string[] } | null> {
    const query = 'query ($asOf: PartialDate, $knownAt: String) { alliesAtOdds(asOf: $asOf, knownAt: $knownAt) { a { id } b { id } alliances { id validTo } hostileFacts { id validTo } } }';
    const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: args }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    expect(body.errors).toBeUndefined();
    const found = body.data.alliesAtOdds.find((p: any) => p.a.id === 'lakonia' && p.b.id === 'mirovia');
    return found ? { alliances: found.alliances.map((f: any) => `${f.id} ${f.validTo}`), hostile: found.hostileFacts.map((f: any) => `${f.id} ${f.validTo}`).sort() } : null;
  }

  /** The saved query's pairs (aId-bId and hostile count), as the console runs it. */
  async function savedQuery(asOf: string, knownAt: string | null): Promise<[string, number][]> {
    const rows = await graph.runText<{ aId: string; bId: string; hostileCount: number }>(graph.cypher.get('explore/allies-at-odds'), { from: null, to: null, asOf, knownAt, first: neo4j.int(20) });
    return rows.map((r) => [`${r.aId}-${r.bId}`, Number(r.hostileCount)]);
  }

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph, testConfig());
    await ingestArticle(graph, await loadFactFile(fixture('k-allies-before-the-break.facts.yaml')));
    beforeBreak = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 10));
    await ingestArticle(graph, await loadFactFile(fixture('l-allies-break-up.facts.yaml')));
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('today, as of 2025-10, the alliance has ended and the sanctions are lifted: no pair', async () => {
    expect(await pair({ asOf: '2025-10' })).toBeNull();
    expect(await savedQuery('2025-10', null)).toEqual([]);
  });

  const before = { alliances: ['lakonia|ALLY_OF|mirovia null'], hostile: ['mirovia|SANCTIONED|lakonia null', 'petrak|ACCUSED|lakonia null'] };

  it('as known before the break was recorded, the pair was at odds as of 2025-10, open-ended, the minister still in office', async () => {
    expect(await pair({ asOf: '2025-10', knownAt: beforeBreak })).toEqual(before);
    expect(await savedQuery('2025-10', beforeBreak)).toEqual([['lakonia-mirovia', 2]]);
  });

  it("the minister's office ended in 2025-06: as of 2025-07 his accusation is Mirovia's as known before that was recorded, not as known today", async () => {
    const today = { alliances: ['lakonia|ALLY_OF|mirovia null'], hostile: ['mirovia|SANCTIONED|lakonia null'] };
    expect(await pair({ asOf: '2025-07' })).toEqual(today);
    expect(await pair({ asOf: '2025-07', knownAt: new Date().toISOString() })).toEqual(today);
    expect(await pair({ asOf: '2025-07', knownAt: beforeBreak })).toEqual(before);
    expect(await savedQuery('2025-07', beforeBreak)).toEqual([['lakonia-mirovia', 2]]);
  });

  it('the sanctions lifted in 2025-08: as of 2025-08-15 they end the quarrel as known today, not as known before the lifting was recorded', async () => {
    const now = new Date().toISOString();
    expect(await pair({ asOf: '2025-08-15', knownAt: now })).toBeNull();
    expect(await savedQuery('2025-08-15', now)).toEqual([]);
    expect(await pair({ asOf: '2025-08-15', knownAt: beforeBreak })).toEqual(before);
  });
});
