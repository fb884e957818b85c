import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import { formatError } from '../../src/api/formatError.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { graphFingerprint, openTestGraph, testConfig } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';

const SEED_ARTICLE = 'antiwar-2025-10-petro-suspends-intelligence-sharing';
const API_KEY = 'test-api-key-0123456789';

type Gql = { status: number; body: { data?: any; errors?: any[] } };

/** POSTs one GraphQL operation to the live server. */
async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Gql> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as Gql['body'] };
}

/** The data of a query that must succeed. */
async function data(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await gql(url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('the GraphQL API over the seed graph', () => {
  let graph: Graph;
  let server: RunningServer;
  let url: string;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config, { apiKey: API_KEY });
    url = server.graphqlUrl;
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('answers whom the Trump administration sanctioned, with the evidence quote and the article title', async () => {
    const d = await data(
      url,
      `{ entity(id: "trump-administration") { name relations(types: [SANCTIONED], direction: OUTGOING) {
           totalCount nodes { relation object { id name } sources { evidence status article { id title } } } } } }`,
    );
    const rel = d.entity.relations;
    expect(rel.totalCount).toBe(1);
    expect(rel.nodes[0].object).toEqual({ id: 'gustavo-petro', name: 'Gustavo Petro' });
    expect(rel.nodes[0].sources[0].evidence).toMatch(/sanctioned by the Trump administration/);
    expect(rel.nodes[0].sources[0].article).toMatchObject({ id: SEED_ARTICLE, title: expect.stringMatching(/Petro Orders Suspension of Intelligence Sharing/) });
  });

  it('answers which countries distanced themselves from the US boat strikes', async () => {
    const d = await data(url, `{ facts(relationTypes: [DISTANCED_FROM]) { totalCount nodes { subject { id type } object { id } } } }`);
    const countries = d.facts.nodes.filter((f: any) => f.subject.type === 'Country' && ['us-boat-strike-campaign', 'USA'].includes(f.object.id));
    expect(countries.map((f: any) => f.subject.id).sort()).toEqual(['CAN', 'FRA', 'GBR']);
  });

  it('answers who suspended intelligence sharing with the United States (the UK as reported)', async () => {
    const d = await data(url, `{ entity(id: "USA") { relations(types: [SUSPENDED_INTELLIGENCE_SHARING_WITH], direction: INCOMING) { nodes { subject { id } status } } } }`);
    const bySubject = Object.fromEntries(d.entity.relations.nodes.map((f: any) => [f.subject.id, f.status]));
    expect(Object.keys(bySubject).some((id) => ['gustavo-petro', 'COL', 'colombian-public-security-forces'].includes(id))).toBe(true);
    expect(bySubject.GBR).toBe('reported');
  });

  it('finds a shortest path from Gustavo Petro to France, alternating entities and facts', async () => {
    const d = await data(
      url,
      `{ shortestPaths(from: "gustavo-petro", to: "FRA", all: true) { length entities { id } facts { id relation subject { id } object { id } } } }`,
    );
    expect(d.shortestPaths.length).toBeGreaterThanOrEqual(1);
    for (const path of d.shortestPaths) {
      expect(path.entities[0].id).toBe('gustavo-petro');
      expect(path.entities.at(-1).id).toBe('FRA');
      expect(path.facts).toHaveLength(path.length);
      expect(path.entities).toHaveLength(path.length + 1);
      path.facts.forEach((f: any, i: number) => {
        // Each fact links the entities on either side of it, in either direction.
        expect([f.subject.id, f.object.id].sort()).toEqual([path.entities[i].id, path.entities[i + 1].id].sort());
      });
    }
    // With relation types restricted to alliances the path must go through the United States.
    const allies = await data(url, `{ shortestPaths(from: "COL", to: "FRA", relationTypes: [ALLY_OF]) { length entities { id } } }`);
    expect(allies.shortestPaths[0].entities.map((e: any) => e.id)).toEqual(['COL', 'USA', 'FRA']);
    const none = await data(url, `{ shortestPaths(from: "gustavo-petro", to: "FRA", relationTypes: [ALLY_OF]) { length } }`);
    expect(none.shortestPaths).toEqual([]);
  });

  it("returns Petro's timeline in date order with every fact he takes part in", async () => {
    const d = await data(url, `{ entity(id: "gustavo-petro") { degree timeline { id firstDate subject { id } object { id } } } }`);
    const timeline = d.entity.timeline;
    expect(timeline.length).toBe(d.entity.degree);
    expect(timeline.map((f: any) => f.id)).toContain('trump-administration|SANCTIONED|gustavo-petro');
    for (const f of timeline) expect([f.subject.id, f.object.id]).toContain('gustavo-petro');
    const dates = timeline.map((f: any) => f.firstDate).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    // the seed is dated (issue 16): every fact of Petro's has a date; undated facts would come last
    expect(dates).toHaveLength(timeline.length);
    const firstUndated = timeline.findIndex((f: any) => !f.firstDate);
    if (firstUndated >= 0) expect(firstUndated).toBeGreaterThanOrEqual(dates.length);
  });

  it('returns the subgraph around Colombia (2 hops) with edges only between returned nodes', async () => {
    const d = await data(url, `{ subgraph(ids: ["COL"], hops: 2) { truncated nodes { id } edges { id subject { id } object { id } } } }`);
    const ids = new Set(d.subgraph.nodes.map((n: any) => n.id));
    expect(d.subgraph.nodes[0].id).toBe('COL');
    for (const id of ['gustavo-petro', 'USA', 'trump-administration', 'FRA']) expect(ids.has(id)).toBe(true);
    for (const e of d.subgraph.edges) expect(ids.has(e.subject.id) && ids.has(e.object.id)).toBe(true);
    expect(d.subgraph.truncated).toBe(false);
    const one = await data(url, `{ subgraph(ids: ["COL"], hops: 1) { nodes { id } } }`);
    expect(one.subgraph.nodes.length).toBeLessThan(d.subgraph.nodes.length);
    const capped = await data(url, `{ subgraph(ids: ["COL"], hops: 2, maxNodes: 3) { truncated nodes { id } } }`);
    expect(capped.subgraph).toMatchObject({ truncated: true });
    expect(capped.subgraph.nodes).toHaveLength(3);
    const reported = await data(url, `{ subgraph(ids: ["USA"], statuses: [reported]) { nodes { id } edges { status } } }`);
    expect(reported.subgraph.nodes.map((n: any) => n.id).sort()).toEqual(['GBR', 'USA']);
  });

  it('searches names and aliases, ranked and typo-tolerant', async () => {
    const d = await data(url, `{ petro: search(query: "petro") { score entity { id } } typo: search(query: "Colmbia") { score entity { id } }
      people: search(query: "petro", types: [Country]) { entity { id } } }`);
    expect(d.petro[0].entity.id).toBe('gustavo-petro');
    expect(d.typo[0].entity.id).toBe('COL');
    expect(d.typo[0].score).toBeLessThan(1);
    expect(d.people.map((h: any) => h.entity.id)).not.toContain('gustavo-petro');
  });

  it('finds transposed letters (one edit, as the full-text index counts them)', async () => {
    const d = await data(url, `{ ptero: search(query: "Ptero") { score entity { id } } cloombia: search(query: "Cloombia") { entity { id } } }`);
    expect(d.ptero[0].entity.id).toBe('gustavo-petro');
    expect(d.ptero[0].score).toBeLessThan(1);
    expect(d.cloombia[0].entity.id).toBe('COL');
  });

  it('answers each dashboard query with one Cypher statement (one round trip)', async () => {
    const dashboard: Record<string, string> = {
      entity: `{ entity(id: "USA") { id name aliases kind degree relations(first: 20) { totalCount nodes { id relation firstDate subject { id name } object { id name } sources { evidence date article { id title url } } } } } }`,
      neighbourhood: `{ neighbourhood(id: "FRA", hops: 2) { id name } }`,
      shortestPaths: `{ shortestPaths(from: "gustavo-petro", to: "FRA", maxHops: 4) { length entities { id name } facts { id relation } } }`,
      subgraph: `{ subgraph(ids: ["COL", "USA"], hops: 1, maxNodes: 200) { truncated nodes { id name } edges { id relation sourceCount subject { id } object { id } } } }`,
      search: `{ search(query: "Colmbia", first: 10) { score entity { id name } } }`,
      facts: `{ facts(relationTypes: [ALLY_OF, SANCTIONED], from: "2020", first: 20) { totalCount nodes { id relation firstDate sourceCount subject { id name } object { id name } } } }`,
      stats: `{ stats { entityCounts { type count } relationCounts { relation count } mostConnected(first: 10) { degree entity { id name } } } }`,
    };
    const statements: Record<string, number> = {};
    for (const [name, query] of Object.entries(dashboard)) {
      let n = 0;
      const off = graph.onStatement(() => n++);
      try {
        const { body } = await gql(url, query);
        expect(body.errors, name).toBeUndefined();
        expect(Object.values(body.data)[0], name).toBeTruthy();
      } finally {
        off();
      }
      statements[name] = n;
    }
    expect(statements).toEqual({ entity: 1, neighbourhood: 1, shortestPaths: 1, subgraph: 1, search: 1, facts: 1, stats: 1 });
  });

  it('lists entities by type and name prefix with cursor pagination', async () => {
    const first = await data(url, `{ entities(type: Country, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id type } } }`);
    expect(first.entities.totalCount).toBe(5);
    expect(first.entities.nodes).toHaveLength(2);
    expect(first.entities.pageInfo.hasNextPage).toBe(true);
    const rest = await data(url, `query($after: String) { entities(type: Country, first: 10, after: $after) { pageInfo { hasNextPage } nodes { id } } }`, {
      after: first.entities.pageInfo.endCursor,
    });
    const all = [...first.entities.nodes, ...rest.entities.nodes].map((e: any) => e.id);
    expect(all.sort()).toEqual(['CAN', 'COL', 'FRA', 'GBR', 'USA']);
    expect(rest.entities.pageInfo.hasNextPage).toBe(false);
    const prefixed = await data(url, `{ entities(namePrefix: "united") { nodes { id } } }`);
    expect(prefixed.entities.nodes.map((e: any) => e.id).sort()).toEqual(['GBR', 'USA']);
    const kind = await data(url, `{ entities(type: Organization, kind: "government") { nodes { id } } }`);
    expect(kind.entities.nodes.map((e: any) => e.id)).toContain('trump-administration');
  });

  it('answers every alias of a scalar field, and an object field aliased to a scalar field name, in any nesting', async () => {
    const d = await data(
      url,
      `{ entity(id: "gustavo-petro") { label: name name id: relations(first: 2) { totalCount nodes { ident: id id relation kind: relation } } ident: id degree n: degree }
         subgraph(ids: ["COL"]) { edges { id subject { key: id name } } truncated cut: truncated } }`,
    );
    const plain = await data(url, `{ entity(id: "gustavo-petro") { id name degree relations(first: 2) { totalCount nodes { id relation } } } subgraph(ids: ["COL"]) { edges { id subject { id name } } truncated } }`);
    expect(d.entity).toEqual({
      label: plain.entity.name,
      name: plain.entity.name,
      id: { totalCount: plain.entity.relations.totalCount, nodes: plain.entity.relations.nodes.map((n: any) => ({ ident: n.id, id: n.id, relation: n.relation, kind: n.relation })) },
      ident: plain.entity.id,
      degree: plain.entity.degree,
      n: plain.entity.degree,
    });
    expect(d.subgraph.edges).toEqual(plain.subgraph.edges.map((e: any) => ({ id: e.id, subject: { key: e.subject.id, name: e.subject.name } })));
    expect([d.subgraph.truncated, d.subgraph.cut]).toEqual([plain.subgraph.truncated, plain.subgraph.truncated]);
  });

  it('treats explicit nulls (unset dashboard filters) as the argument defaults', async () => {
    const d = await data(
      url,
      `query($first: Int, $hops: Int, $max: Int, $min: Int, $dir: Direction) {
         entities(first: $first) { nodes { id } }
         subgraph(ids: ["COL"], hops: $hops, maxNodes: $max, minSources: $min) { nodes { id } }
         entity(id: "gustavo-petro") { relations(direction: $dir, first: $first) { totalCount } } }`,
      { first: null, hops: null, max: null, min: null, dir: null },
    );
    expect(d.entities.nodes).toHaveLength(20);
    const defaults = await data(url, `{ subgraph(ids: ["COL"]) { nodes { id } } entity(id: "gustavo-petro") { relations { totalCount } } }`);
    expect(d.subgraph.nodes).toEqual(defaults.subgraph.nodes);
    // Aliases of one list each get their own selection of the same items.
    const aliased = await data(url, `{ subgraph(ids: ["COL"]) { ids: nodes { id } names: nodes { name } same: truncated } }`);
    expect(aliased.subgraph.ids).toEqual(defaults.subgraph.nodes);
    expect(aliased.subgraph.names.map((n: any) => typeof n.name)).toEqual(defaults.subgraph.nodes.map(() => 'string'));
    expect(aliased.subgraph.same).toBe(false);
    expect(d.entity.relations.totalCount).toBe(defaults.entity.relations.totalCount);
  });

  it('serves the neighbourhood, offices, articles, stats and date range', async () => {
    const d = await data(
      url,
      `{ neighbourhood(id: "FRA", hops: 1) { id }
         entity(id: "jean-noel-barrot") { offices { object { id } properties } }
         article(id: "${SEED_ARTICLE}") { title facts { id } entities { id } }
         articles { totalCount nodes { id } }
         stats { entityCounts { type count } relationCounts { relation count } mostConnected(first: 3) { degree entity { id } }
                 distanced: mostConnected(first: 1, relation: DISTANCED_FROM) { degree entity { id } } }
         dateRange { min max } }`,
    );
    expect(d.neighbourhood.map((e: any) => e.id)).toEqual(expect.arrayContaining(['USA', 'jean-noel-barrot']));
    expect(d.neighbourhood.map((e: any) => e.id)).not.toContain('FRA');
    const two = await data(url, `{ neighbourhood(id: "FRA", hops: 2) { id } }`);
    expect(two.neighbourhood.length).toBeGreaterThan(d.neighbourhood.length);
    // Nearest first, then by name, for flat selections (tuples) and for nested ones (clauses) alike.
    const byName = (es: { name: string }[]) => [...es].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const oneHop = (await data(url, `{ neighbourhood(id: "FRA", hops: 1) { id name } }`)).neighbourhood;
    for (const selection of ['id name', 'id name offices { id }']) {
      const got = (await data(url, `{ neighbourhood(id: "FRA", hops: 2) { ${selection} } }`)).neighbourhood;
      const near = got.slice(0, oneHop.length);
      expect(near).toEqual(byName(near));
      expect(near.map((e: any) => e.id).sort()).toEqual(oneHop.map((e: any) => e.id).sort());
      expect(got.slice(oneHop.length)).toEqual(byName(got.slice(oneHop.length)));
      expect(got.map((e: any) => e.id)).toEqual(two.neighbourhood.map((e: any) => e.id));
    }
    expect(d.entity.offices[0]).toEqual({ object: { id: 'FRA' }, properties: { title: 'Foreign Minister' } });
    expect(d.article.facts).toHaveLength(25);
    expect(d.article.entities.map((e: any) => e.id)).toContain('gustavo-petro');
    expect(d.articles.totalCount).toBe(1);
    const counts = await graph.runText<{ n: number }>('MATCH (f:Fact) RETURN count(f) AS n');
    expect(d.stats.relationCounts.reduce((s: number, r: any) => s + r.count, 0)).toBe(counts[0]!.n);
    expect(d.stats.entityCounts.find((c: any) => c.type === 'Country').count).toBe(5);
    expect(d.stats.mostConnected[0].degree).toBeGreaterThanOrEqual(d.stats.mostConnected[1].degree);
    expect(d.stats.distanced[0]).toEqual({ degree: 3, entity: { id: 'us-boat-strike-campaign' } });
    expect(d.dateRange.min <= d.dateRange.max).toBe(true);
  });

  it('pages facts of several types newest first, as one sort over all of them would (types read per type, then merged)', async () => {
    const types = ['CRITICIZED', 'DISTANCED_FROM', 'SANCTIONED', 'ALLY_OF', 'HOLDS_OFFICE', 'CRITICIZED'];
    const expected = await graph.runText<{ id: string }>(
      'MATCH (f:Fact) WHERE f.relation IN $types RETURN f.id AS id ORDER BY f.sortDate DESC, f.id',
      { types },
    );
    expect(expected.length).toBeGreaterThan(6);
    const page = `query($types: [RelationType!], $after: String) { facts(relationTypes: $types, first: 2, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const d = await data(url, page, { types, after });
      expect(d.facts.totalCount).toBe(expected.length);
      ids.push(...d.facts.nodes.map((f: any) => f.id));
      if (!d.facts.pageInfo.hasNextPage) break;
      after = d.facts.pageInfo.endCursor;
    }
    expect(ids).toEqual(expected.map((r) => r.id));
  });

  it('filters relations by date range at the coarser precision', async () => {
    const dated = await data(url, `{ facts(from: "2022", to: "2022") { nodes { id firstDate } } }`);
    expect(dated.facts.nodes.length).toBeGreaterThan(0);
    for (const f of dated.facts.nodes) expect(f.firstDate.startsWith('2022')).toBe(true);
    const later = await data(url, `{ facts(from: "2030-01-15") { totalCount } }`);
    expect(later.facts.totalCount).toBe(0);
    // The same rule on an entity's relations and on the subgraph.
    const usa = await data(url, `{ entity(id: "USA") { all: relations { totalCount } dated: relations(from: "2022-06", to: "2022-06-30") { nodes { id firstDate } } } }`);
    expect(usa.entity.dated.nodes.length).toBeGreaterThan(0);
    expect(usa.entity.dated.nodes.length).toBeLessThan(usa.entity.all.totalCount);
    for (const f of usa.entity.dated.nodes) expect(f.firstDate.startsWith('2022')).toBe(true);
    const sub = await data(url, `{ subgraph(ids: ["USA"], from: "2022", to: "2022") { nodes { id } edges { firstDate } } }`);
    expect(sub.subgraph.edges.length).toBeGreaterThan(0);
    for (const e of sub.subgraph.edges) expect(e.firstDate.startsWith('2022')).toBe(true);
  });

  describe('error codes', () => {
    it('unknown ids are NOT_FOUND, naming the id', async () => {
      for (const query of ['{ entity(id: "no-such-entity") { id } }', '{ neighbourhood(id: "no-such-entity") { id } }', '{ article(id: "no-such-entity") { id } }']) {
        const { body } = await gql(url, query);
        expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(body.errors?.[0]?.message).toContain('"no-such-entity"');
      }
      const { body } = await gql(url, '{ shortestPaths(from: "gustavo-petro", to: "atlantis") { length } }');
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('"atlantis"') });
    });

    it('bad arguments are BAD_USER_INPUT, naming the argument', async () => {
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ['{ facts(from: "2025-13") { totalCount } }', {}, /PartialDate/],
        ['query($d: PartialDate) { facts(to: $d) { totalCount } }', { d: '2025-02-30' }, /PartialDate/],
        ['{ facts(after: "not-a-cursor") { totalCount } }', {}, /after/],
        ['{ entities(first: -1) { totalCount } }', {}, /first must be a whole number/],
        ['{ entities(type: Planet) { totalCount } }', {}, /Planet/],
        ['{ subgraph(ids: ["COL"], minSources: 0) { truncated } }', {}, /minSources/],
      ];
      for (const [query, variables, message] of cases) {
        const { body } = await gql(url, query, variables);
        expect(body.errors?.[0]?.extensions?.code, query).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
        expect(body.errors?.[0]?.message, query).toMatch(message);
      }
      // Scalar and argument errors specifically are BAD_USER_INPUT.
      expect((await gql(url, cases[0]![0])).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await gql(url, cases[3]![0])).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('hides database messages and stack traces in production mode', async () => {
      const config = testConfig();
      const prod = await startTestServer(graph, config, { production: true });
      try {
        const { body } = await gql(prod.graphqlUrl, '{ entity(id: "no-such-entity") { id } }');
        expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
        const dev = await gql(url, '{ entity(id: "no-such-entity") { id } }');
        expect(dev.body.errors?.[0]?.extensions?.stacktrace).toBeDefined();
      } finally {
        await prod.close();
      }
    });
  });

  describe('limits', () => {
    it('caps first, hops, maxHops and maxNodes, naming the limit and its value', async () => {
      const cases: [string, string, number][] = [
        ['{ entities(first: 101) { totalCount } }', 'first', 100],
        ['{ entity(id: "COL") { relations(first: 1000) { totalCount } } }', 'first', 100],
        ['{ neighbourhood(id: "COL", hops: 4) { id } }', 'hops', 3],
        ['{ subgraph(ids: ["COL"], hops: 9) { truncated } }', 'hops', 3],
        ['{ subgraph(ids: ["COL"], maxNodes: 100000) { truncated } }', 'maxNodes', 1000],
        ['{ shortestPaths(from: "COL", to: "FRA", maxHops: 7) { length } }', 'maxHops', 6],
      ];
      for (const [query, limit, max] of cases) {
        const { body } = await gql(url, query);
        expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: 'LIMIT_EXCEEDED', limit, max });
        expect(body.errors?.[0]?.message, query).toContain(`${limit} is limited to ${max}`);
      }
    });

    it('rejects too deep queries and too many aliases before running them (graphql-armor)', async () => {
      let statements = 0;
      const off = graph.onStatement(() => statements++);
      try {
        const deep = '{ entity(id: "COL") { relations { nodes { subject { relations { nodes { subject { relations { nodes { subject { relations { nodes { id } } } } } } } } } } } } }';
        const { status, body } = await gql(url, deep);
        expect(status).toBe(400);
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'query depth', max: 12 });
        const aliases = `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: dateRange { min }`).join(' ')} }`;
        const many = await gql(url, aliases);
        expect(many.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 20 });
        expect(statements).toBe(0);
      } finally {
        off();
      }
    });

    it('counts maxNodes and hops into the cost: 20 aliased large subgraphs are refused before any statement runs', async () => {
      let statements = 0;
      const off = graph.onStatement(() => statements++);
      try {
        const one = 's0: subgraph(ids: ["COL"], hops: 3, maxNodes: 1000) { nodes { id name } edges { id relation } }';
        const many = `{ ${Array.from({ length: 20 }, (_, i) => one.replace('s0', `s${i}`)).join(' ')} }`;
        const { status, body } = await gql(url, many);
        expect(status).toBe(400);
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'query cost', max: 100000 });
        expect(body.errors?.[0]?.message).toMatch(/could return about \d+ values/);
        expect(statements).toBe(0);
        // The same through variables (written in before the check), and a single one passes.
        const viaVariables = await gql(url, `query($n: Int, $h: Int) { ${Array.from({ length: 20 }, (_, i) => `s${i}: subgraph(ids: ["COL"], hops: $h, maxNodes: $n) { nodes { id } }`).join(' ')} }`, { n: 1000, h: 3 });
        expect(viaVariables.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'query cost' });
        expect((await gql(url, `{ ${one} }`)).body.errors).toBeUndefined();
      } finally {
        off();
      }
    });

    it('refuses search terms over the documented cap with BAD_USER_INPUT naming the argument', async () => {
      const { body } = await gql(url, 'query($q: String!) { long: search(query: $q) { score } }', { q: 'a'.repeat(1_500_000) });
      expect(body.errors?.[0]).toMatchObject({ path: ['long'], extensions: { code: 'BAD_USER_INPUT', argument: 'query', max: 200 } });
      expect(body.errors?.[0]?.message).toMatch(/search terms are limited to 200 characters \(got 1500000\)/);
      const atCap = await gql(url, 'query($q: String!) { search(query: $q) { score } }', { q: `colombia ${'x'.repeat(191)}` });
      expect(atCap.body.errors).toBeUndefined();
    });

    it('counts the cost of page sizes passed as variables too', async () => {
      const nested = 'query($n: Int!) { entities(first: $n) { nodes { relations(first: $n) { nodes { object { relations(first: $n) { nodes { id } } } } } } } }';
      const big = await gql(url, nested, { n: 100 });
      expect(big.status).toBe(400);
      expect(big.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 'query cost', max: 100000 }));
      expect(big.body.errors?.[0]?.extensions?.http).toBeUndefined();
      const small = await gql(url, nested, { n: 2 });
      expect(small.body.errors).toBeUndefined();
      // Verdicts are kept per query and values: each value keeps its own, on every request.
      for (const n of [100, 2, 100]) {
        const again = await gql(url, nested, { n });
        if (n === 100) expect(again.body).toEqual(big.body);
        else expect(again.body.errors).toBeUndefined();
      }
      expect((await gql(url, nested, { n: 99 })).body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    });
  });

  describe('mutations', () => {
    const factFile = {
      article: { id: 'api-test-article', title: 'API test article', publishedAt: '2025-11-02' },
      entities: [{ id: 'api-test-group', type: 'Organization', kind: 'civil_society', name: 'API Test Group' }],
      facts: [{ subject: 'api-test-group', relation: 'CRITICIZED', object: 'USA', evidence: 'the group criticized Washington', date: '2025-11-02' }],
    };
    const ingest = 'mutation($input: JSON!) { ingestArticle(input: $input) { articleId factsCreated entitiesCreated sourcesAdded dryRun } }';

    it('are refused without the bearer key or with a wrong one, and the graph is unchanged', async () => {
      const before = await graphFingerprint(graph);
      const none = await gql(url, ingest, { input: factFile });
      expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await gql(url, ingest, { input: factFile }, { authorization: 'Bearer not-the-key' });
      expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const retract = await gql(url, `mutation { retractArticle(id: "${SEED_ARTICLE}") { articleId } }`);
      expect(retract.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await graphFingerprint(graph)).toEqual(before);
    });

    it('are disabled with a clear error when no NEWSGRAPH_API_KEY is configured', async () => {
      const config = testConfig();
      const noKey = await startTestServer(graph, config, { apiKey: undefined });
      try {
        const { body } = await gql(noKey.graphqlUrl, ingest, { input: factFile }, { authorization: `Bearer ${API_KEY}` });
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(body.errors?.[0]?.message).toContain('NEWSGRAPH_API_KEY');
      } finally {
        await noKey.close();
      }
    });

    it('reject an invalid fact file with BAD_USER_INPUT naming the field, writing nothing', async () => {
      const before = await graphFingerprint(graph);
      const bad = { ...factFile, facts: [{ ...factFile.facts[0], relation: 'LIKED' }] };
      const { body } = await gql(url, ingest, { input: bad }, { authorization: `Bearer ${API_KEY}` });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/LIKED/);
      const noTitle = await gql(url, ingest, { input: { ...factFile, article: { id: 'x' } } }, { authorization: `Bearer ${API_KEY}` });
      expect(noTitle.body.errors?.[0]?.message).toMatch(/article\.title/);
      const misquoted = await gql(url, 'mutation($input: JSON!, $text: String) { ingestArticle(input: $input, articleText: $text) { articleId } }', {
        input: factFile,
        text: 'An article that says something else entirely.',
      }, { authorization: `Bearer ${API_KEY}` });
      expect(misquoted.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(misquoted.body.errors?.[0]?.message).toMatch(/evidence/);
      const unknownRef = { ...factFile, facts: [{ ...factFile.facts[0], object: 'atlantis' }] };
      const dangling = await gql(url, ingest, { input: unknownRef }, { authorization: `Bearer ${API_KEY}` });
      expect(dangling.body.errors?.[0]?.message).toMatch(/atlantis/);
      expect(await graphFingerprint(graph)).toEqual(before);
    });

    it('ingest (dry run, then for real, idempotently) and retract an article with the key', async () => {
      const auth = { authorization: `Bearer ${API_KEY}` };
      const before = await graphFingerprint(graph);
      const dry = await gql(url, 'mutation($input: JSON!) { ingestArticle(input: $input, dryRun: true) { factsCreated dryRun } }', { input: factFile }, auth);
      expect(dry.body.data?.ingestArticle).toEqual({ factsCreated: 1, dryRun: true });
      expect(await graphFingerprint(graph)).toEqual(before);

      const first = await gql(url, ingest, { input: factFile }, auth);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data.ingestArticle).toMatchObject({ articleId: 'api-test-article', factsCreated: 1, entitiesCreated: 1, dryRun: false });
      const again = await gql(url, ingest, { input: factFile }, auth);
      expect(again.body.data.ingestArticle).toMatchObject({ factsCreated: 0 });
      const seen = await data(url, `{ entity(id: "api-test-group") { relations { nodes { object { id } sources { article { id } } } } } }`);
      expect(seen.entity.relations.nodes[0]).toEqual({ object: { id: 'USA' }, sources: [{ article: { id: 'api-test-article' } }] });

      const retract = await gql(url, 'mutation { retractArticle(id: "api-test-article") { articleId factsRemoved entitiesRemoved } }', {}, auth);
      expect(retract.body.errors).toBeUndefined();
      expect(retract.body.data.retractArticle).toMatchObject({ articleId: 'api-test-article', factsRemoved: 1 });
      expect((await gql(url, '{ entity(id: "api-test-group") { id } }')).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unknown = await gql(url, 'mutation { retractArticle(id: "never-ingested") { articleId } }', {}, auth);
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('the local sandbox', () => {
    it('serves a self-contained query page to browsers at GET /graphql, with no external URLs', async () => {
      const res = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('newsgraph GraphQL sandbox');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/(src|href)\s*=\s*["']\/\//);
      // It posts to the endpoint it was served from, which answers the introspection it sends.
      expect(html).toContain('window.location.pathname');
      const schema = await data(url, '{ __schema { queryType { fields { name } } } }');
      expect(schema.__schema.queryType.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['entity', 'search', 'subgraph']));
    });

    it('still answers GraphQL GET requests from API clients', async () => {
      // Apollo's CSRF prevention asks GET clients for a non-simple header.
      const res = await fetch(`${url}?query=${encodeURIComponent('{ dateRange { max } }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).data.dateRange).toBeDefined();
    });
  });
});

describe('no N+1: statements per request do not grow with the number of results', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    // 100 organisations, each criticizing the United States in its own article, written through the ingest module.
    for (let i = 0; i < 100; i++) {
      const n = String(i).padStart(3, '0');
      await ingestArticle(graph, {
        article: { id: `n1-article-${n}`, title: `Load test article ${n}` },
        entities: [{ id: `n1-group-${n}`, type: 'Organization', kind: 'civil_society', name: `Loadtest Group ${n}` }],
        facts: [
          { subject: `n1-group-${n}`, relation: 'CRITICIZED', object: 'USA', evidence: `group ${n} criticized the US` },
          { subject: `n1-group-${n}`, relation: 'SUPPORTED', object: 'COL', evidence: `group ${n} supported Colombia` },
        ],
      });
    }
    const config = testConfig();
    server = await startTestServer(graph, config);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  const dashboard = `query($n: Int!) {
    entities(namePrefix: "loadtest", first: $n) {
      totalCount
      nodes { id name degree
        relations(first: 5) { totalCount nodes { relation firstDate object { id name type } subject { id }
          sources { evidence confidence status article { id title publishedAt } } } } } } }`;

  const texts: string[] = [];
  async function count(n: number): Promise<{ statements: number; results: number }> {
    let statements = 0;
    texts.length = 0;
    const off = graph.onStatement((cypher) => {
      statements++;
      texts.push(cypher);
    });
    try {
      const res = await gql(server.graphqlUrl, dashboard, { n });
      expect(res.body.errors).toBeUndefined();
      const nodes = res.body.data.entities.nodes;
      const results = nodes.reduce((s: number, e: any) => s + e.relations.nodes.reduce((t: number, f: any) => t + f.sources.length, 0), 0);
      return { statements, results };
    } finally {
      off();
    }
  }

  it('sends the same number of Cypher statements for 10 and for 100 entities', async () => {
    const ten = await count(10);
    const hundred = await count(100);
    expect(ten.results).toBe(20);
    expect(hundred.results).toBe(200);
    console.log(`[n+1] 10 entities: ${ten.statements} statements, 100 entities: ${hundred.statements} statements`);
    expect(hundred.statements).toBe(ten.statements);
    // One compiled statement answers the whole root field: entities, degrees, relations, facts, sources, articles.
    expect(ten.statements).toBe(1);
    expect(texts[0]).toMatch(/^CALL \(\) \{\n  MATCH \(e:Entity\)/);
  });

  it('reports a read stopped by the transaction timeout to clients as TIMEOUT', async () => {
    // No API field is slow on a test graph, so a real Neo4j timeout is produced directly
    // (Neo4j checks timeouts every ~2 s) and passed through the API's error formatting.
    const error = await graph.runText('UNWIND range(1, 2000000000) AS x RETURN count(x) AS n', {}, { timeoutMs: 100 }).catch((e: unknown) => e);
    const formatted = formatError(true)({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toMatchObject({ message: 'the query ran past its time limit and was stopped', extensions: { code: 'TIMEOUT' } });
  });
});
