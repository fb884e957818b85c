import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import type { FactFileInput } from '../../src/ingest/factFileSchema.ts';
import { openTestGraph, resetGraph, testConfig, testNeo4jEnv } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';

const WRITERS = 8;
const API_KEY = 'test-api-key-concurrency-0123';
// The same new entities, spelt differently by each writer, under a different id each time.
const RURITANIA = ['Ruritania', 'RURITANIA', 'Ruritánia', 'the Ruritania', 'ruritania', 'Rurítania', 'RURITÁNIA', 'Ruritania.'];
const RUDOLF = ['Rudolf Rassendyll', 'rudolf rassendyll', 'Rudolf  Rassendyll', 'RUDOLF RASSENDYLL', 'Rudolf Rassendyll', 'Rúdolf Rassendyll', 'rudolf RASSENDYLL', 'Rudolf Rassendyll'];

/** Article `n` of writer `w`: names the shared entities under writer-specific ids and spellings, plus one entity of its own. */
function factFile(prefix: string, w: number, n: number): FactFileInput {
  const tag = `${prefix}${w}-${n}`;
  return {
    article: { id: `conc-${tag}`, title: `Concurrent article ${tag}` },
    entities: [
      { id: `ruritania-${tag}`, type: 'Country', name: RURITANIA[w]!, aliases: [`Strelsau ${w % 2}`] },
      { id: `rudolf-${tag}`, type: 'Person', name: RUDOLF[w]! },
      { id: `freedonia-${prefix}${w}`, type: 'Country', name: 'Freedonia' },
      { id: `own-${tag}`, type: 'Organization', kind: 'government', name: `Own agency ${tag}` },
    ],
    facts: [
      { subject: `rudolf-${tag}`, relation: 'HOLDS_OFFICE', object: `ruritania-${tag}`, evidence: `quote ${tag} a` },
      { subject: `ruritania-${tag}`, relation: 'SANCTIONED', object: `freedonia-${prefix}${w}`, evidence: `quote ${tag} b`, date: `2025-0${1 + (w % 9)}` },
      { subject: `own-${tag}`, relation: 'CRITICIZED', object: `ruritania-${tag}`, evidence: `quote ${tag} c` },
    ],
  };
}

/**
 * Holds the alias keys every writer must claim in an open transaction until all writers wait
 * on them, then rolls back: the writers then race for the same new entities at the same moment
 * (without this, process start-up alone would spread them out and hide a race). Fails unless
 * every writer was seen waiting: only a uniqueness constraint on the alias key makes a writer
 * wait on another's claim, so a resolution that does not claim the name key (or claims it
 * without the constraint) cannot pass by running the writers one after another.
 */
async function startTogether<T>(graph: Graph, writers: number, start: () => Promise<T>): Promise<T> {
  const session = graph.driver.session({ database: graph.database });
  const tx = await session.beginTransaction();
  try {
    await tx.run("UNWIND ['Country:freedonia', 'Country:ruritania', 'Person:rudolf rassendyll'] AS key CREATE (:AliasKey {key: key, entityId: 'barrier'})");
    const running = start();
    const deadline = Date.now() + 120_000;
    let blocked = 0;
    for (;;) {
      const admin = graph.driver.session({ database: graph.database });
      try {
        const res = await admin.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n");
        blocked = Number(res.records[0]!.get('n'));
        if (blocked >= writers || Date.now() > deadline) break;
      } finally {
        await admin.close();
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await tx.rollback();
    const results = await running;
    expect(blocked, 'writers seen waiting on the held alias keys').toBeGreaterThanOrEqual(writers);
    return results;
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

interface Totals {
  entitiesCreated: number;
  factsCreated: number;
  sourcesAdded: number;
}

async function checkGraph(graph: Graph, totals: Totals, articles: number) {
  const byName = await graph.runText<{ type: string; n: number }>(`
    MATCH (e:Entity) WHERE e.name =~ '(?i).*(ruritania|rurítania|rassendyll|freedonia).*'
    RETURN [l IN labels(e) WHERE l <> 'Entity'][0] + ':' + toLower(e.name) AS type, count(*) AS n ORDER BY type`);
  // exactly one node per shared entity
  expect(byName.map((r) => r.n)).toEqual(byName.map(() => 1));
  const [counts] = await graph.runText<{ countries: number; persons: number; entities: number; facts: number; reports: number; articles: number }>(`
    CALL () { MATCH (e:Country) RETURN count(e) AS countries }
    CALL () { MATCH (e:Person) RETURN count(e) AS persons }
    CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
    CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
    CALL () { MATCH (:Article)-[r:REPORTS]->(:Fact) RETURN count(r) AS reports }
    CALL () { MATCH (a:Article) RETURN count(a) AS articles }
    RETURN countries, persons, entities, facts, reports, articles`);
  expect(counts).toMatchObject({ countries: 2, persons: 1, articles });
  // no duplicate traversal edge, and exactly one per fact
  const dupes = await graph.runText('MATCH (s)-[e]->(o) WHERE e.factId IS NOT NULL WITH e.factId AS id, count(*) AS n WHERE n <> 1 RETURN id, n');
  expect(dupes).toEqual([]);
  const [edges] = await graph.runText<{ n: number }>('MATCH (s:Entity)-[e]->(o:Entity) WHERE e.factId IS NOT NULL RETURN count(e) AS n');
  expect(edges!.n).toBe(counts!.facts);
  // every aggregate equals its provenance
  const wrong = await graph.runText(`
    MATCH (f:Fact) WITH f, COUNT { (:Article)-[:REPORTS]->(f) } AS reports
    MATCH (s)-[e]->(o) WHERE e.factId = f.id
    WITH f, reports, e WHERE f.sourceCount <> reports OR e.sourceCount <> reports RETURN f.id AS id, f.sourceCount AS n, reports`);
  expect(wrong).toEqual([]);
  // the per-run reports add up to what exists
  expect(totals).toEqual({ entitiesCreated: counts!.entities, factsCreated: counts!.facts, sourcesAdded: counts!.reports });
  // the alias keys point at existing entities, one entity per key
  const [keys] = await graph.runText<{ orphans: number }>('MATCH (k:AliasKey) WHERE NOT EXISTS { MATCH (e:Entity {id: k.entityId}) } RETURN count(k) AS orphans');
  expect(keys!.orphans).toBe(0);
}

describe('concurrent writers naming the same new entities', { timeout: 300_000 }, () => {
  let graph: Graph;
  let dir: string;
  beforeAll(async () => {
    graph = openTestGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-concurrent-'));
  });
  afterAll(async () => {
    await graph?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`${WRITERS} parallel \`newsgraph ingest\` processes converge on one node per entity, with reports that add up`, async () => {
    await resetGraph(graph);
    const folders = Array.from({ length: WRITERS }, (_, w) => {
      const folder = path.join(dir, `writer-${w}`);
      fs.mkdirSync(folder);
      for (let n = 0; n < 3; n++) fs.writeFileSync(path.join(folder, `a${n}.facts.yaml`), stringify(factFile('p', w, n)));
      return folder;
    });
    const runs = await startTogether(graph, WRITERS, () =>
      Promise.all(folders.map((folder) => runCli(['ingest', '--json', folder], { env: testNeo4jEnv(), timeoutMs: 240_000 }))),
    );
    for (const run of runs) expect(run.stderr + (run.code === 0 ? '' : run.stdout)).toBe('');
    const totals: Totals = { entitiesCreated: 0, factsCreated: 0, sourcesAdded: 0 };
    for (const run of runs) {
      const report = JSON.parse(run.stdout) as { total: Totals };
      totals.entitiesCreated += report.total.entitiesCreated;
      totals.factsCreated += report.total.factsCreated;
      totals.sourcesAdded += report.total.sourcesAdded;
    }
    await checkGraph(graph, totals, WRITERS * 3);
  });

  it(`${WRITERS} parallel ingestArticle mutations converge the same way`, async () => {
    await resetGraph(graph);
    const config = testConfig();
    const server: RunningServer = await startTestServer(graph, config, { apiKey: API_KEY });
    try {
      const mutation = 'mutation($input: JSON!) { ingestArticle(input: $input) { articleId entitiesCreated factsCreated sourcesAdded } }';
      const results = await startTogether(graph, WRITERS, () => Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          const res = await fetch(server.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
            body: JSON.stringify({ query: mutation, variables: { input: factFile('m', w, 0) } }),
          });
          return (await res.json()) as { data?: { ingestArticle: Totals }; errors?: unknown[] };
        }),
      ));
      const totals: Totals = { entitiesCreated: 0, factsCreated: 0, sourcesAdded: 0 };
      for (const r of results) {
        expect(r.errors).toBeUndefined();
        totals.entitiesCreated += r.data!.ingestArticle.entitiesCreated;
        totals.factsCreated += r.data!.ingestArticle.factsCreated;
        totals.sourcesAdded += r.data!.ingestArticle.sourcesAdded;
      }
      await checkGraph(graph, totals, WRITERS);
    } finally {
      await server.close();
    }
  });
});
