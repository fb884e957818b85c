import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// alliesAtOdds(asOf) rolls people and agencies up only through offices and memberships valid
// then, and needs the alliance valid then (fixture tests/fixtures/time/j-allies-roll-up, README there).
describe('alliesAtOdds as of a date: roll-up through offices and memberships valid then', () => {
  let graph: Graph;
  let server: RunningServer;
  let url: string;

  /** alliesAtOdds' time arguments (absent = not given). */
  type TimeArgs = { asOf?: string; knownAt?: string };

  interface Pair {
    pair: string;
    alliances: string[];
    hostileCount: number;
    score: number;
    facts: string[];
  }

  /** Every pair alliesAtOdds lists for these arguments, as `a-b` with its alliances and hostile fact ids sorted. */
  async function odds(variables: TimeArgs = {}): Promise<Pair[]> {
    const query = `query ($asOf: PartialDate, $knownAt: String) {
      alliesAtOdds(asOf: $asOf, knownAt: $knownAt) { a { id } b { id } alliances { id } hostileCount score hostileFacts { id } }
    }`;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    expect(body.errors).toBeUndefined();
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
    return body.data.alliesAtOdds.map((p: any) => ({ pair: `${p.a.id}-${p.b.id}`, alliances: ids(p.alliances), hostileCount: p.hostileCount, score: p.score, facts: ids(p.hostileFacts) }));
  }

  /** The Arcadia-Borduria pair (undefined when it is not listed). */
  async function arcadiaBorduria(variables: TimeArgs = {}): Promise<Pair | undefined> {
    const pair = (await odds(variables)).find((p) => p.pair === 'arcadia-borduria');
    if (pair) expect(pair.alliances).toEqual(['arcadia|ALLY_OF|borduria']);
    return pair;
  }

  /** The hostile fact ids of the Arcadia-Borduria pair (null when the pair is not listed). */
  async function hostile(asOf?: string): Promise<string[] | null> {
    return (await arcadiaBorduria({ asOf }))?.facts ?? null;
  }

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config);
    url = server.graphqlUrl;
    await ingestArticle(graph, await loadFactFile(path.join(import.meta.dirname, '..', 'fixtures', 'time', 'j-allies-roll-up.facts.yaml')));
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('without asOf, every office and membership rolls up', async () => {
    expect(await hostile()).toEqual([
      'bordurian-border-guard|THREATENED|arcadia',
      'borduria|SANCTIONED|arcadia',
      'kovac|ACCUSED|arcadia',
      'kovac|CRITICIZED|arcadia',
    ]);
  });

  it('as of 2023-06: the minister in office and the agency still part of the state act for Borduria', async () => {
    expect(await hostile('2023-06')).toEqual(['bordurian-border-guard|THREATENED|arcadia', 'kovac|CRITICIZED|arcadia']);
  });

  it('as of 2025-08: a former minister and a former agency no longer do, whatever their facts still say', async () => {
    // the criticism, the accusation and the threat are still valid (nothing ended them), but Kovac left office in 2024-06
    // and the Border Guard stopped being Bordurian in 2024-01
    expect(await hostile('2025-08')).toEqual(['borduria|SANCTIONED|arcadia']);
  });

  it('as of 2025-10 the alliance has ended (2025-09): no pair, and the saved query agrees', async () => {
    expect(await hostile('2025-10')).toBeNull();
    const rows = await graph.runText<{ aId: string; hostileCount: number }>(graph.cypher.get('explore/allies-at-odds'), { from: null, to: null, asOf: '2025-08', knownAt: null, first: neo4j.int(20) });
    expect(rows.map((r) => [r.aId, Number(r.hostileCount)])).toEqual([['arcadia', 1]]);
  });

  it('weighs each hostile fact by its publishers: a second outlet reporting the sanction adds its weight (2) again', async () => {
    // threatened 1.5 + sanctioned 2 + accused 1 + criticized 1, one publisher each
    expect(await arcadiaBorduria()).toMatchObject({ hostileCount: 4, score: 5.5 });
    await ingestArticle(graph, await loadFactFile(path.join(import.meta.dirname, '..', 'fixtures', 'time', 'q-second-outlet.facts.yaml')));
    expect(await arcadiaBorduria()).toMatchObject({ hostileCount: 4, score: 7.5 });
  });

  it('a hostile fact between two allied pairs counts in both (the query weighs each fact once, then hands it to its pairs)', async () => {
    await ingestArticle(graph, await loadFactFile(path.join(import.meta.dirname, '..', 'fixtures', 'time', 'r-guard-cooperation.facts.yaml')));
    const pairs = async (variables: TimeArgs) =>
      (await odds(variables)).map(({ pair, hostileCount, score, facts }) => ({ pair, hostileCount, score, facts }));
    expect(await pairs({})).toEqual([
      { pair: 'arcadia-borduria', hostileCount: 4, score: 7.5, facts: ['bordurian-border-guard|THREATENED|arcadia', 'borduria|SANCTIONED|arcadia', 'kovac|ACCUSED|arcadia', 'kovac|CRITICIZED|arcadia'] },
      { pair: 'arcadia-bordurian-border-guard', hostileCount: 1, score: 1.5, facts: ['bordurian-border-guard|THREATENED|arcadia'] },
    ]);
    // as of 2023-06 as known now (each fact's validity worked out from its reports once, then used by both pairs)
    expect(await pairs({ asOf: '2023-06', knownAt: new Date().toISOString() })).toEqual([
      { pair: 'arcadia-borduria', hostileCount: 2, score: 2.5, facts: ['bordurian-border-guard|THREATENED|arcadia', 'kovac|CRITICIZED|arcadia'] },
      { pair: 'arcadia-bordurian-border-guard', hostileCount: 1, score: 1.5, facts: ['bordurian-border-guard|THREATENED|arcadia'] },
    ]);
  });

  it('a hostile fact whose two ends stand in both units of a pair counts once for it', async () => {
    await ingestArticle(graph, await loadFactFile(path.join(import.meta.dirname, '..', 'fixtures', 'time', 's-guard-commander.facts.yaml')));
    // the Guard is part of Borduria, so its commander and the Guard itself roll up to both
    const pair = (await odds()).find((p) => p.pair === 'borduria-bordurian-border-guard');
    expect(pair).toEqual({ pair: 'borduria-bordurian-border-guard', alliances: ['borduria|COOPERATED|bordurian-border-guard'], hostileCount: 1, score: 1, facts: ['milan-vasko|CRITICIZED|bordurian-border-guard'] });
  });

  it('rolls up through a chain of memberships, each of them valid at asOf, from the live edges and, under knownAt, from the facts known then', async () => {
    await ingestArticle(graph, await loadFactFile(path.join(import.meta.dirname, '..', 'fixtures', 'time', 't-coast-patrol.facts.yaml')));
    // the Coast Patrol is part of the Border Guard, which was part of Borduria until 2024-01
    const patrol = 'bordurian-coast-patrol|THREATENED|arcadia';
    expect(await hostile()).toContain(patrol);
    expect(await hostile('2023-06')).toEqual(['bordurian-border-guard|THREATENED|arcadia', patrol, 'kovac|CRITICIZED|arcadia']);
    expect(await hostile('2025-08')).toEqual(['borduria|SANCTIONED|arcadia']);
    // as known now (the knownAt roll-up walks the membership facts known then): the same
    const knownAt = new Date().toISOString();
    expect((await arcadiaBorduria({ knownAt }))?.facts).toContain(patrol);
    expect((await arcadiaBorduria({ asOf: '2023-06', knownAt }))?.facts).toEqual(['bordurian-border-guard|THREATENED|arcadia', patrol, 'kovac|CRITICIZED|arcadia']);
  });
});
