import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/createServer.ts';
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
    server = await startServer(graph, { ...config, server: { ...config.server, port: 0 } });
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

    it('sanctions re-imposed after their lifting are open again (one fact per triple), the lifting still listed', async () => {
      await ingestArticle(graph, await loadFactFile(fixture('f-sanctions-reimposed.facts.yaml')));
      const d = await data(`{ facts(relationTypes: [SANCTIONED]) { nodes { validFrom validTo endedBy { relation } } } }`);
      expect(d.facts.nodes).toEqual([{ validFrom: '2025-03-10', validTo: null, endedBy: [{ relation: 'LIFTED_SANCTIONS_ON' }] }]);
      expect(await factIds({ asOf: '2025-12' })).toContain(SANCTION);
    });

    it('refuses a knownAt that is neither a date-time with a zone nor a partial date, naming it', async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ facts(knownAt: "yesterday") { totalCount } }' }) });
      const body = (await res.json()) as { errors: any[] };
      expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('knownAt must be an ISO date-time'), extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  // Runs last: adds two facts of other countries to the graph the tests above read.
  it('an ending in a later article, alone and with one report, closes the fact it ends', async () => {
    await ingestArticle(graph, await loadFactFile(fixture('g-embargo-imposed.facts.yaml')));
    await ingestArticle(graph, await loadFactFile(fixture('h-embargo-lifted.facts.yaml')));
    const d = await data(`{ facts(subject: "osterlich", relationTypes: [SANCTIONED]) { nodes { validFrom validTo endedBy { relation validFrom } } } }`);
    expect(d.facts.nodes).toEqual([{ validFrom: '2025-11', validTo: '2026-01', endedBy: [{ relation: 'LIFTED_SANCTIONS_ON', validFrom: '2026-01' }] }]);
  });
});
