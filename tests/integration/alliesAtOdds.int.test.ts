import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { runCli } from '../support/runCli.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { openTestGraph, testConfig, testNeo4jEnv } from '../support/testGraph.ts';

// Issue 16's analyst views on the dated seed graph: in GraphQL and as saved queries of the console.
describe('allies at odds, corroboration and contested on the seed graph', { timeout: 180_000 }, () => {
  let graph: Graph;
  let server: RunningServer;
  let url: string;

  async function data(query: string): Promise<any> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config);
    url = server.graphqlUrl;
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('ranks Colombia-United States, then United Kingdom-United States, each with its alliance and hostile facts', async () => {
    const d = await data(`{ alliesAtOdds { a { id name } b { id } hostileCount score
      alliances { id validFrom } hostileFacts { id relation subject { id } object { id } sources { evidence article { id } } } } }`);
    const pairs = d.alliesAtOdds.map((p: any) => `${p.a.id}-${p.b.id}`);
    expect(pairs.slice(0, 2)).toEqual(['COL-USA', 'GBR-USA']);
    const [col, gbr] = d.alliesAtOdds;
    expect(col.a).toEqual({ id: 'COL', name: 'Colombia' });
    expect(col.alliances).toEqual([{ id: 'USA|ALLY_OF|COL', validFrom: '2022' }]);
    // Petro rolls up to Colombia (HOLDS_OFFICE), the Trump administration to the US (PART_OF), the boat strikes to the US (CONDUCTED)
    expect(col.hostileFacts.map((f: any) => f.id).sort()).toEqual([
      'gustavo-petro|CRITICIZED|us-boat-strike-campaign',
      'gustavo-petro|DENIED|trump-administration',
      'gustavo-petro|SUSPENDED_INTELLIGENCE_SHARING_WITH|USA',
      'trump-administration|ACCUSED|gustavo-petro',
      'trump-administration|SANCTIONED|gustavo-petro',
    ]);
    expect(col).toMatchObject({ hostileCount: 5, score: 7 });
    expect(col.hostileFacts.every((f: any) => f.sources.length === 1 && f.sources[0].evidence)).toBe(true);
    expect(gbr.hostileFacts.map((f: any) => f.relation).sort()).toEqual(['DISTANCED_FROM', 'SUSPENDED_INTELLIGENCE_SHARING_WITH']);
    expect(gbr).toMatchObject({ hostileCount: 2, score: 3, alliances: [{ id: 'GBR|ALLY_OF|USA' }] });
    // France and Canada distanced themselves too: lower, after the two
    expect(pairs).toEqual(expect.arrayContaining(['FRA-USA', 'CAN-USA']));
  });

  it('applies from / to / asOf: before the 2022 alliance no pair; in 2025-11 the same pairs', async () => {
    // one operation text with variables: the statement is the same, so Neo4j plans it once
    const odds = async (variables: Record<string, unknown>) => {
      const query = 'query ($from: PartialDate, $to: PartialDate, $asOf: PartialDate, $first: Int) { alliesAtOdds(from: $from, to: $to, asOf: $asOf, first: $first) { a { id } b { id } } }';
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      expect(body.errors).toBeUndefined();
      return body.data.alliesAtOdds;
    };
    expect(await odds({ asOf: '2021' })).toEqual([]);
    expect((await odds({ asOf: '2025-11' })).slice(0, 2)).toEqual([{ a: { id: 'COL' }, b: { id: 'USA' } }, { a: { id: 'GBR' }, b: { id: 'USA' } }]);
    expect(await odds({ to: '2024' })).toEqual([]);
    expect(await odds({ from: '2025-11', first: 1 })).toEqual([{ a: { id: 'COL' }, b: { id: 'USA' } }]);
  });

  it('shows the accusation Petro denied as contested, and corroboration by publisher', async () => {
    const d = await data(`{ contested { nodes { id denials { fact { id } source { article { id } } } } }
      corroboration(first: 1) { nodes { publisherCount sourceCount } } }`);
    expect(d.contested.nodes).toEqual([
      { id: 'trump-administration|ACCUSED|gustavo-petro', denials: [{ fact: { id: 'gustavo-petro|DENIED|trump-administration' }, source: { article: { id: 'antiwar-2025-10-petro-suspends-intelligence-sharing' } } }] },
    ]);
    expect(d.corroboration.nodes).toEqual([{ publisherCount: 1, sourceCount: 1 }]);
  });

  it('the dated seed: publishedAt 2025-11, facts of 2025-11, the alliance of 2022, nothing with a day', async () => {
    const d = await data(`{ article(id: "antiwar-2025-10-petro-suspends-intelligence-sharing") { publishedAt url author } dateRange { min max }
      facts(first: 100) { nodes { validFrom } } }`);
    expect(d.article).toEqual({ publishedAt: '2025-11', url: 'https://news.antiwar.com/?p=164414', author: 'Dave DeCamp' });
    expect(d.dateRange).toEqual({ min: '2022', max: '2025-11' });
    expect(new Set(d.facts.nodes.map((f: any) => f.validFrom))).toEqual(new Set(['2022', '2025-11']));
  });

  it('runs the saved queries from the console: queries lists them, query allies-at-odds answers the same pairs', async () => {
    const env = testNeo4jEnv();
    const list = await runCli(['queries'], { env });
    expect(list.code).toBe(0);
    for (const name of ['allies-at-odds', 'corroboration', 'contested', 'as-of']) expect(list.stdout).toContain(name);
    const odds = await runCli(['query', 'allies-at-odds', '--format', 'json', '-p', 'first=2'], { env });
    expect(odds.code, odds.stderr).toBe(0);
    const rows = JSON.parse(odds.stdout);
    expect(rows.map((r: any) => [r.a, r.b, r.hostileCount])).toEqual([
      ['Colombia', 'United States', 5],
      ['United Kingdom', 'United States', 2],
    ]);
    const asOf = await runCli(['query', 'as-of', '-p', 'entity=COL', '-p', 'asOf=2023', '--format', 'json'], { env });
    expect(asOf.code, asOf.stderr).toBe(0);
    expect(JSON.parse(asOf.stdout).map((r: any) => r.factId)).toEqual(['USA|ALLY_OF|COL']);
    const contested = await runCli(['query', 'contested', '--format', 'json'], { env });
    expect(JSON.parse(contested.stdout)[0]).toMatchObject({ factId: 'trump-administration|ACCUSED|gustavo-petro', denying: [expect.stringContaining('strongly denied')] });
  });
});
