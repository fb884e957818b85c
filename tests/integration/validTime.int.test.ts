import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { retractArticle } from '../../src/ingest/retractArticle.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// Issue 16 on the fixtures of tests/fixtures/time (README there): a sanction imposed then lifted,
// a suspension then a resumption, an assertion then a denial; asOf before, during and after;
// knownAt before and after a retraction.
const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'time', name);
const SANCTION = 'ruritania|SANCTIONED|freedonia';
const SUSPENSION = 'freedonia|SUSPENDED_INTELLIGENCE_SHARING_WITH|ruritania';
const ACCUSATION = 'ruritania|ACCUSED|freedonia';
const DENIAL = 'freedonia|DENIED|ruritania';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('valid time, ending relations, denials and record time (real Neo4j, GraphQL)', () => {
  let graph: Graph;
  let server: RunningServer;
  let url: string;
  let beforeIngest: string;
  let afterIngest: string;
  let afterRetract: string;

  async function data(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** Ids of the facts between the two countries valid at asOf (and/or known at knownAt). */
  async function factIds(args: { asOf?: string; knownAt?: string }): Promise<string[]> {
    const d = await data('query ($asOf: PartialDate, $knownAt: String) { facts(asOf: $asOf, knownAt: $knownAt, first: 50) { nodes { id } } }', args);
    return d.facts.nodes.map((f: { id: string }) => f.id).sort();
  }

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config);
    url = server.graphqlUrl;
    beforeIngest = new Date().toISOString();
    await sleep(5);
    // an ending fact after the fact it ends (a then d) and before it (d then b); the denial after the accusation
    for (const name of ['a-sanctions-imposed', 'd-lifted-and-resumed', 'b-suspension-and-accusation', 'c-denial']) {
      await ingestArticle(graph, await loadFactFile(fixture(`${name}.facts.yaml`)));
    }
    await sleep(5);
    afterIngest = new Date().toISOString();
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('closes a sanction by its lifting and a suspension by its resumption, keeping both sides and their sources', async () => {
    const d = await data(`{ facts(relationTypes: [SANCTIONED, SUSPENDED_INTELLIGENCE_SHARING_WITH]) { nodes {
      id validFrom validTo endedBy { relation validFrom sources { article { id } } } sources { article { id } } } } }`);
    const byId = Object.fromEntries(d.facts.nodes.map((f: any) => [f.id, f]));
    expect(byId[SANCTION]).toMatchObject({ validFrom: '2025-03-10', validTo: '2025-09-15' });
    expect(byId[SANCTION].endedBy).toEqual([{ relation: 'LIFTED_SANCTIONS_ON', validFrom: '2025-09-15', sources: [{ article: { id: 'time-d-lifted-and-resumed' } }] }]);
    expect(byId[SANCTION].sources).toHaveLength(3);
    // the resumption was ingested before the suspension it ends, and states its own validFrom
    expect(byId[SUSPENSION]).toMatchObject({ validFrom: '2025-05-02', validTo: '2025-08-20', endedBy: [{ relation: 'RESUMED_INTELLIGENCE_SHARING_WITH', validFrom: '2025-08-20' }] });
  });

  it('asOf: only facts valid then, before, during and after (a partial asOf is the end of its period)', async () => {
    expect(await factIds({ asOf: '2025-02' })).toEqual([]);
    expect(await factIds({ asOf: '2025-03' })).toEqual([SANCTION]);
    expect(await factIds({ asOf: '2025-05-01' })).toEqual([SANCTION]);
    expect(await factIds({ asOf: '2025-05' })).toEqual([ACCUSATION, SUSPENSION, SANCTION].sort());
    expect(await factIds({ asOf: '2025-07' })).toEqual([ACCUSATION, DENIAL, SUSPENSION, SANCTION].sort());
    // the resumption (2025-08-20) ended the suspension; the lifting (2025-09-15) the sanction
    expect(await factIds({ asOf: '2025-08-19' })).toContain(SUSPENSION);
    expect(await factIds({ asOf: '2025-08' })).not.toContain(SUSPENSION);
    expect(await factIds({ asOf: '2025-09-14' })).toContain(SANCTION);
    expect(await factIds({ asOf: '2025-10' })).toEqual(
      [ACCUSATION, DENIAL, 'freedonia|RESUMED_INTELLIGENCE_SHARING_WITH|ruritania', 'ruritania|LIFTED_SANCTIONS_ON|freedonia'].sort(),
    );
  });

  it('asOf on traversals and entity lists: neighbourhood, subgraph, shortestPaths, relations, timeline', async () => {
    const d = await data(`{
      before: neighbourhood(id: "ruritania", asOf: "2025-02") { id }
      during: neighbourhood(id: "ruritania", asOf: "2025-06") { id }
      sub: subgraph(ids: ["ruritania"], asOf: "2025-06") { edges { id } }
      paths: shortestPaths(from: "ruritania", to: "freedonia", asOf: "2025-02") { length }
      later: shortestPaths(from: "ruritania", to: "freedonia", asOf: "2025-10") { length facts { relation } }
      entity(id: "freedonia") {
        relations(asOf: "2025-10", types: [SANCTIONED, LIFTED_SANCTIONS_ON]) { nodes { relation } }
        timeline(asOf: "2025-06") { id }
      }
    }`);
    expect(d.before).toEqual([]);
    expect(d.during).toEqual([{ id: 'freedonia' }]);
    expect(d.sub.edges.map((e: any) => e.id).sort()).toEqual([ACCUSATION, DENIAL, SUSPENSION, SANCTION].sort());
    expect(d.paths).toEqual([]);
    expect(d.later).toEqual([{ length: 1, facts: [{ relation: expect.stringMatching(/^(ACCUSED|DENIED|RESUMED_INTELLIGENCE_SHARING_WITH|LIFTED_SANCTIONS_ON)$/) }] }]);
    expect(d.entity.relations.nodes).toEqual([{ relation: 'LIFTED_SANCTIONS_ON' }]);
    expect(d.entity.timeline.map((f: any) => f.id).sort()).toEqual([ACCUSATION, DENIAL, SUSPENSION, SANCTION].sort());
  });

  it('asOf shows a fact as of then: an ending after asOf is not there yet (open, no endedBy); timeline rows carry their valid time', async () => {
    const d = await data(`{
      during: facts(asOf: "2025-06", relationTypes: [SANCTIONED]) { nodes { validFrom validTo validity { validFrom validTo } endedBy { id } } }
      after: facts(asOf: "2025-10", subject: "ruritania", relationTypes: [LIFTED_SANCTIONS_ON]) { nodes { validFrom validTo } }
      now: facts(relationTypes: [SANCTIONED]) { nodes { validFrom validTo validity { from: validFrom to: validTo } } }
      sub: subgraph(ids: ["ruritania"], asOf: "2025-06", relationTypes: [SANCTIONED]) { edges { validFrom validTo validity { validTo } } }
      entity(id: "freedonia") {
        then: timeline(asOf: "2025-06") { id validFrom validTo }
        all: timeline { id validFrom validTo }
      }
    }`);
    expect(d.during.nodes).toEqual([{ validFrom: '2025-03-10', validTo: null, validity: [{ validFrom: '2025-03-10', validTo: null }], endedBy: [] }]);
    expect(d.after.nodes).toEqual([{ validFrom: '2025-09-15', validTo: null }]);
    expect(d.now.nodes).toEqual([{ validFrom: '2025-03-10', validTo: '2025-09-15', validity: [{ from: '2025-03-10', to: '2025-09-15' }] }]);
    expect(d.sub.edges).toEqual([{ validFrom: '2025-03-10', validTo: null, validity: [{ validTo: null }] }]);
    const row = (list: any[], id: string) => list.find((f) => f.id === id);
    expect(row(d.entity.then, SUSPENSION)).toEqual({ id: SUSPENSION, validFrom: '2025-05-02', validTo: null });
    expect(row(d.entity.all, SUSPENSION)).toEqual({ id: SUSPENSION, validFrom: '2025-05-02', validTo: '2025-08-20' });
  });

  it('a denial never deletes what it denies: the accusation is contested, with both sides', async () => {
    const d = await data(`{
      facts(relationTypes: [ACCUSED]) { nodes { id contested denials { fact { id relation properties } source { evidence article { id } } } } }
      contested { totalCount nodes { id } }
    }`);
    expect(d.facts.nodes).toEqual([
      {
        id: ACCUSATION,
        contested: true,
        denials: [{ fact: { id: DENIAL, relation: 'DENIED', properties: { allegation: 'smuggling' } }, source: { evidence: "Freedonia rejected Ruritania's smuggling allegation", article: { id: 'time-c-denial' } } }],
      },
    ]);
    expect(d.contested).toEqual({ totalCount: 1, nodes: [{ id: ACCUSATION }] });
  });

  it('counts distinct publishers: three articles from two publishers are two', async () => {
    const d = await data('{ corroboration(first: 2) { nodes { id sourceCount publisherCount } } two: corroboration(minPublishers: 3) { totalCount } }');
    expect(d.corroboration.nodes[0]).toEqual({ id: SANCTION, sourceCount: 3, publisherCount: 2 });
    expect(d.corroboration.nodes[1].publisherCount).toBe(1);
    expect(d.two.totalCount).toBe(0);
  });

  it('records when each fact and source entered the graph; knownAt before ingest sees nothing', async () => {
    const d = await data(`{ facts(relationTypes: [SANCTIONED]) { nodes { recordedAt sources { recordedAt } } } }`);
    const fact = d.facts.nodes[0];
    expect(fact.recordedAt > beforeIngest && fact.recordedAt < afterIngest).toBe(true);
    for (const s of fact.sources) expect(s.recordedAt >= fact.recordedAt && s.recordedAt < afterIngest).toBe(true);
    expect(await factIds({ knownAt: beforeIngest })).toEqual([]);
    expect(await factIds({ knownAt: afterIngest })).toHaveLength(6);
  });

  describe('after retracting the only source of the suspension and the accusation', () => {
    beforeAll(async () => {
      await retractArticle(graph, 'time-b-suspension-and-accusation');
      await sleep(5);
      afterRetract = new Date().toISOString();
    });

    it('the live graph has forgotten them, and the denial no longer answers anything', async () => {
      const ids = await factIds({});
      expect(ids).not.toContain(SUSPENSION);
      expect(ids).not.toContain(ACCUSATION);
      const d = await data('{ contested { totalCount } facts(relationTypes: [SANCTIONED]) { nodes { sourceCount publisherCount } } }');
      expect(d.contested.totalCount).toBe(0);
      // the sources left (a and c) are one publisher's
      expect(d.facts.nodes).toEqual([{ sourceCount: 2, publisherCount: 1 }]);
      expect(await factIds({ knownAt: afterRetract })).toEqual(ids);
    });

    it('knownAt before the retraction still shows them, with the retracted source and when it was retracted', async () => {
      expect(await factIds({ knownAt: afterIngest })).toEqual(expect.arrayContaining([SUSPENSION, ACCUSATION]));
      const d = await data(
        `query ($t: String) {
          facts(knownAt: $t, relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH]) { nodes { id retractedAt subject { id type } sources { evidence retractedAt article { id title } } } }
          entity(id: "freedonia") { relations(knownAt: $t, types: [SUSPENDED_INTELLIGENCE_SHARING_WITH]) { totalCount } }
          partial: facts(knownAt: "2999", relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH]) { totalCount }
        }`,
        { t: afterIngest },
      );
      const [fact] = d.facts.nodes;
      expect(fact).toMatchObject({ id: SUSPENSION, subject: { id: 'freedonia', type: 'Country' } });
      expect(fact.retractedAt > afterIngest && fact.retractedAt < afterRetract).toBe(true);
      expect(fact.sources).toEqual([
        { evidence: 'Freedonia suspended intelligence sharing with Ruritania on Friday', retractedAt: fact.retractedAt, article: { id: 'time-b-suspension-and-accusation', title: expect.stringContaining('suspends') } },
      ]);
      expect(d.entity.relations.totalCount).toBe(1);
      // a partial date is the end of its period: by the end of 2999 the retraction had happened
      expect(d.partial.totalCount).toBe(0);
    });

    it('knownAt traversals see the graph as recorded then: the retracted facts before the retraction, not after', async () => {
      const query = `query ($t: String) {
        near: neighbourhood(id: "freedonia", knownAt: $t, relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH, ACCUSED]) { id }
        sub: subgraph(ids: ["freedonia"], knownAt: $t, relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH, ACCUSED]) {
          nodes { id type } edges { id retractedAt subject { id } object { id } sources { article { id } } } }
        paths: shortestPaths(from: "freedonia", to: "ruritania", knownAt: $t, relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH]) { length entities { id } facts { id relation } }
        both: subgraph(ids: ["freedonia"], knownAt: $t, asOf: "2025-06", relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH]) { edges { id validTo } }
      }`;
      const before = await data(query, { t: afterIngest });
      expect(before.near).toEqual([{ id: 'ruritania' }]);
      expect(before.sub.nodes.map((n: any) => n.id).sort()).toEqual(['freedonia', 'ruritania']);
      expect(before.sub.edges.map((e: any) => e.id).sort()).toEqual([ACCUSATION, SUSPENSION].sort());
      const suspension = before.sub.edges.find((e: any) => e.id === SUSPENSION);
      expect(suspension).toMatchObject({ subject: { id: 'freedonia' }, object: { id: 'ruritania' }, sources: [{ article: { id: 'time-b-suspension-and-accusation' } }] });
      expect(suspension.retractedAt > afterIngest).toBe(true);
      expect(before.paths).toEqual([{ length: 1, entities: [{ id: 'freedonia' }, { id: 'ruritania' }], facts: [{ id: SUSPENSION, relation: 'SUSPENDED_INTELLIGENCE_SHARING_WITH' }] }]);
      // with asOf too: valid then as recorded then, and open as of 2025-06 (resumed 2025-08-20)
      expect(before.both.edges).toEqual([{ id: SUSPENSION, validTo: null }]);
      for (const t of [afterRetract, beforeIngest]) {
        const after = await data(query, { t });
        expect(after.near).toEqual([]);
        expect(after.sub.edges).toEqual([]);
        expect(after.paths).toEqual([]);
        expect(after.both.edges).toEqual([]);
      }
      // the live graph, without knownAt, has no such edge either
      const live = await data('{ neighbourhood(id: "freedonia", relationTypes: [SUSPENDED_INTELLIGENCE_SHARING_WITH, ACCUSED]) { id } }');
      expect(live.neighbourhood).toEqual([]);
    });

    it('knownAt: what a fact derives from its sources is as recorded then (sources, publishers, denials, contested)', async () => {
      const query = `query ($t: String) {
        sanction: facts(knownAt: $t, relationTypes: [SANCTIONED]) { nodes { sourceCount publisherCount contested validTo endedBy { id } } }
        accusation: facts(knownAt: $t, relationTypes: [ACCUSED]) { nodes { contested denials { fact { id } source { article { id } } } } }
      }`;
      const before = await data(query, { t: afterIngest });
      // a, b and c from Wire A and Wire B; the accusation was answered by the denial then
      expect(before.sanction.nodes).toEqual([{ sourceCount: 3, publisherCount: 2, contested: false, validTo: '2025-09-15', endedBy: [{ id: 'ruritania|LIFTED_SANCTIONS_ON|freedonia' }] }]);
      expect(before.accusation.nodes).toEqual([{ contested: true, denials: [{ fact: { id: DENIAL }, source: { article: { id: 'time-c-denial' } } }] }]);
      const after = await data(query, { t: afterRetract });
      expect(after.sanction.nodes).toEqual([{ sourceCount: 2, publisherCount: 1, contested: false, validTo: '2025-09-15', endedBy: [{ id: 'ruritania|LIFTED_SANCTIONS_ON|freedonia' }] }]);
      expect(after.accusation.nodes).toEqual([]);
    });

    it('keeps the archive out of the live graph: RetractedArticle, RETRACTED_REPORT, ArchivedFact', async () => {
      const [row] = await graph.runText<{ articles: number; reports: number; archived: number }>(`
        CALL () { MATCH (a:RetractedArticle {id: 'time-b-suspension-and-accusation'}) RETURN count(a) AS articles }
        CALL () { MATCH (:RetractedArticle)-[r:RETRACTED_REPORT]->() RETURN count(r) AS reports }
        CALL () { MATCH (f:ArchivedFact) RETURN count(f) AS archived }
        RETURN articles, reports, archived`);
      expect(row).toEqual({ articles: 1, reports: 3, archived: 2 });
    });

    it('a source with status denied makes a fact contested too (the denial is the source, with no DENIED fact)', async () => {
      await ingestArticle(graph, await loadFactFile(fixture('e-sanctions-denied.facts.yaml')));
      const d = await data(`{ contested { nodes { id status publisherCount validTo denials { fact { id } source { status evidence article { id } } } } } }`);
      expect(d.contested.nodes).toEqual([
        {
          id: SANCTION,
          // asserted by a and c: a denying source neither deletes it nor changes its validity
          status: 'asserted',
          publisherCount: 2,
          validTo: '2025-09-15',
          denials: [{ fact: null, source: { status: 'denied', evidence: 'a Ruritanian spokesman denied that any sanctions had been imposed', article: { id: 'time-e-sanctions-denied' } } }],
        },
      ]);
    });

    it('sanctions imposed, lifted and imposed again: one fact with two validity intervals, not valid in the gap', async () => {
      const beforeReimposing = new Date().toISOString();
      await sleep(5);
      await ingestArticle(graph, await loadFactFile(fixture('f-sanctions-reimposed.facts.yaml')));
      const d = await data(`{
        facts(relationTypes: [SANCTIONED]) { nodes { validFrom validTo validity { validFrom validTo } endedBy { relation } } }
        gap: neighbourhood(id: "ruritania", asOf: "2025-10", relationTypes: [SANCTIONED]) { id }
        again: facts(asOf: "2025-12", relationTypes: [SANCTIONED]) { nodes { validFrom validTo validity { validFrom validTo } } }
        first: facts(asOf: "2025-04", relationTypes: [SANCTIONED]) { nodes { validFrom validTo } }
      }`);
      expect(d.facts.nodes).toEqual([
        {
          validFrom: '2025-03-10',
          validTo: null,
          validity: [
            { validFrom: '2025-03-10', validTo: '2025-09-15' },
            { validFrom: '2025-11', validTo: null },
          ],
          endedBy: [{ relation: 'LIFTED_SANCTIONS_ON' }],
        },
      ]);
      expect(await factIds({ asOf: '2025-10' })).not.toContain(SANCTION);
      expect(d.gap).toEqual([]);
      expect(await factIds({ asOf: '2025-12' })).toContain(SANCTION);
      // as of then: the interval holding then, the earlier one listed closed
      expect(d.again.nodes).toEqual([{ validFrom: '2025-11', validTo: null, validity: [{ validFrom: '2025-03-10', validTo: '2025-09-15' }, { validFrom: '2025-11', validTo: null }] }]);
      expect(d.first.nodes).toEqual([{ validFrom: '2025-03-10', validTo: null }]);
      // as recorded before the re-imposition: one interval, and not valid as of 2025-12
      const known = await data('query ($t: String) { facts(knownAt: $t, relationTypes: [SANCTIONED]) { nodes { validTo validity { validFrom validTo } } } }', { t: beforeReimposing });
      expect(known.facts.nodes).toEqual([{ validTo: '2025-09-15', validity: [{ validFrom: '2025-03-10', validTo: '2025-09-15' }] }]);
      expect(await factIds({ asOf: '2025-12', knownAt: beforeReimposing })).not.toContain(SANCTION);
    });

    it('refuses a knownAt that is neither a date-time with a zone nor a partial date, naming it', async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ facts(knownAt: "yesterday") { totalCount } }' }) });
      const body = (await res.json()) as { errors: any[] };
      expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('knownAt must be an ISO date-time'), extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  // Runs last: adds facts of other countries to the graph the tests above read.
  it('an ending in a later article, alone and with one report, closes the fact it ends; knownAt before it was recorded, not yet', async () => {
    await ingestArticle(graph, await loadFactFile(fixture('g-embargo-imposed.facts.yaml')));
    await sleep(5);
    const beforeLifting = new Date().toISOString();
    await sleep(5);
    await ingestArticle(graph, await loadFactFile(fixture('h-embargo-lifted.facts.yaml')));
    const query = `query ($t: String) { facts(subject: "osterlich", relationTypes: [SANCTIONED], knownAt: $t) { nodes { validFrom validTo endedBy { relation validFrom } } } }`;
    const d = await data(query);
    expect(d.facts.nodes).toEqual([{ validFrom: '2025-11', validTo: '2026-01', endedBy: [{ relation: 'LIFTED_SANCTIONS_ON', validFrom: '2026-01' }] }]);
    const then = await data(query, { t: beforeLifting });
    expect(then.facts.nodes).toEqual([{ validFrom: '2025-11', validTo: null, endedBy: [] }]);
    expect(await factIds({ asOf: '2026-02', knownAt: beforeLifting })).toContain('osterlich|SANCTIONED|sylvania');
    expect(await factIds({ asOf: '2026-02' })).not.toContain('osterlich|SANCTIONED|sylvania');
  });

  it('knownAt traversals reach an entity deleted since (an archived copy) through an archived fact, and start from it', async () => {
    await ingestArticle(graph, await loadFactFile(fixture('i-mediator.facts.yaml')));
    await sleep(5);
    const whileKnown = new Date().toISOString();
    await sleep(5);
    await retractArticle(graph, 'time-i-mediator');
    const query = `query ($t: String) {
      neighbourhood(id: "freedonia", knownAt: $t, relationTypes: [CONSULTED]) { id name type }
      subgraph(ids: ["freedonia"], knownAt: $t, relationTypes: [CONSULTED]) { edges { id subject { id type } } }
    }`;
    const then = await data(query, { t: whileKnown });
    expect(then.neighbourhood).toEqual([{ id: 'genovia', name: 'Genovia', type: 'Country' }]);
    expect(then.subgraph.edges).toEqual([{ id: 'genovia|CONSULTED|freedonia', subject: { id: 'genovia', type: 'Country' } }]);
    const [row] = await graph.runText<{ live: number; archived: number }>(
      "CALL () { MATCH (e:Entity {id: 'genovia'}) RETURN count(e) AS live } CALL () { MATCH (e:ArchivedEntity {id: 'genovia'}) RETURN count(e) AS archived } RETURN live, archived",
    );
    expect(row).toEqual({ live: 0, archived: 1 });
    // the deleted entity itself is a place to start from, as recorded then
    const from = await data(
      `query ($t: String) {
        neighbourhood(id: "genovia", knownAt: $t) { id }
        subgraph(ids: ["genovia", "freedonia"], knownAt: $t, relationTypes: [CONSULTED]) { nodes { id } }
        shortestPaths(from: "genovia", to: "ruritania", knownAt: $t) { length }
      }`,
      { t: whileKnown },
    );
    expect(from.neighbourhood).toEqual([{ id: 'freedonia' }]);
    expect(from.subgraph.nodes.map((n: any) => n.id).sort()).toEqual(['freedonia', 'genovia']);
    expect(from.shortestPaths).toEqual([{ length: 2 }]);
    const nowAt = new Date().toISOString();
    const now = await data(query, { t: nowAt });
    expect(now.neighbourhood).toEqual([]);
    expect(now.subgraph.edges).toEqual([]);
    // as recorded now, Genovia is gone: NOT_FOUND, as for any unknown id
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query ($t: String) { neighbourhood(id: "genovia", knownAt: $t) { id } }', variables: { t: nowAt } }) });
    const body = (await res.json()) as { errors: any[] };
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('an entity deleted and named again is one node: its archived facts point at the live one, where knownAt traversals start', async () => {
    // Genovia, archived by the test above, comes back in a later article (fixture p)
    const nodes = () =>
      graph.runText<{ live: number; archived: number }>(
        "CALL () { MATCH (e:Entity {id: 'genovia'}) RETURN count(e) AS live } CALL () { MATCH (e:ArchivedEntity {id: 'genovia'}) RETURN count(e) AS archived } RETURN live, archived",
      );
    expect(await nodes()).toEqual([{ live: 0, archived: 1 }]);
    const [known] = await graph.runText<{ at: string }>("MATCH (f:ArchivedFact {id: 'genovia|CONSULTED|freedonia'}) RETURN f.recordedAt AS at");
    await ingestArticle(graph, await loadFactFile(fixture('p-genovia-returns.facts.yaml')));
    expect(await nodes()).toEqual([{ live: 1, archived: 0 }]);
    const query = 'query ($t: String) { neighbourhood(id: "genovia", knownAt: $t) { id } }';
    // as recorded while the mediation was known: the archived fact, from the live Genovia, in its role
    expect((await data(query, { t: known!.at })).neighbourhood).toEqual([{ id: 'freedonia' }]);
    const then = await data('query ($t: String) { subgraph(ids: ["genovia"], knownAt: $t) { edges { id subject { id } object { id } } } }', { t: known!.at });
    expect(then.subgraph.edges).toEqual([{ id: 'genovia|CONSULTED|freedonia', subject: { id: 'genovia' }, object: { id: 'freedonia' } }]);
    // as recorded now: the new criticism only
    expect((await data(query, { t: new Date().toISOString() })).neighbourhood).toEqual([{ id: 'ruritania' }]);
  });
});
