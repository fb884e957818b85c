import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { importGdelt, type GdeltImportReport } from '../../src/importers/gdelt/importGdelt.ts';
import { relationForCameo } from '../../src/importers/gdelt/cameoRelation.ts';
import { RELATIONS } from '../../src/model/vocabulary.ts';
import { graphFingerprint, openTestGraph, resetGraph } from '../support/testGraph.ts';

const SAMPLE = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'gdelt', 'events2-sample.csv');

/**
 * What the sample should give, worked out here from the CSV itself (not from the importer):
 * rows, skips by reason, and the distinct facts (event triples plus PART_OF links).
 */
function expectedFromCsv() {
  const rows = parse(fs.readFileSync(SAMPLE), { columns: true }) as Record<string, string>[];
  const covered = (code: string) => RELATIONS.some((r) => r.tier !== 'structural' && r.cameo.some((c) => c.length >= 2 && code.startsWith(c)));
  const actor = (r: Record<string, string>, n: 1 | 2) => {
    const group = r[`Actor${n}KnownGroupCode`]!;
    const country = r[`Actor${n}CountryCode`]!;
    const role = r[`Actor${n}Type1Code`]!;
    if (group) return { id: `GRP-${group}`, type: 'Organization' as const, partOf: null };
    if (!country) return null;
    if (role) return { id: `${country}-${role}`, type: 'Organization' as const, partOf: country };
    return { id: country, type: 'Country' as const, partOf: null };
  };
  const skipped = { 'actor-missing': 0, 'actor-without-country': 0, 'unmapped-code': 0 };
  const facts = new Set<string>();
  let imported = 0;
  for (const r of rows) {
    if (!r.Actor1Code || !r.Actor2Code) skipped['actor-missing']++;
    else if (!actor(r, 1) || !actor(r, 2)) skipped['actor-without-country']++;
    else if (!covered(r.EventCode!)) skipped['unmapped-code']++;
    else {
      imported++;
      const [a, b] = [actor(r, 1)!, actor(r, 2)!];
      facts.add(`${a.id}|${relationForCameo(r.EventCode!, a.type, b.type)}|${b.id}`);
      for (const x of [a, b]) if (x.partOf) facts.add(`${x.id}|PART_OF|${x.partOf}`);
    }
  }
  return { rows: rows.length, imported, skipped, facts: facts.size, urls: new Set(rows.map((r) => r.SOURCEURL)) };
}

describe('newsgraph import gdelt: the GDELT 2.0 sample', () => {
  let graph: Graph;
  let report: GdeltImportReport;
  const expected = expectedFromCsv();

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    report = await importGdelt(graph, [SAMPLE]);
  }, 300_000);
  afterAll(async () => graph?.close());

  it('reports rows, skips by reason and facts as computed from the CSV', async () => {
    expect(report.rowsRead).toBe(expected.rows);
    expect(report.rowsImported).toBe(expected.imported);
    for (const [reason, count] of Object.entries(expected.skipped)) expect(report.skipped[reason as keyof typeof report.skipped].count, reason).toBe(count);
    const total = report.rowsImported + Object.values(report.skipped).reduce((n, s) => n + s.count, 0);
    expect(total).toBe(report.rowsRead); // nothing dropped silently
    expect(report.factsCreated).toBe(expected.facts);
    expect(report.factsWritten).toBe(expected.facts);
    const [row] = await graph.runText<{ facts: number }>('MATCH (f:Fact) RETURN count(f) AS facts');
    expect(row?.facts).toBe(expected.facts);
  });

  it('names the line of every skipped row (line 2 is the first data row)', () => {
    const missing = report.skipped['actor-missing'];
    expect(missing.locations.length).toBe(Math.min(missing.count, 1000));
    // Row 1 of the sample (file line 2) has no Actor1: see the CSV.
    expect(missing.locations[0]).toEqual({ file: 'events2-sample.csv', line: 2 });
  });

  it('keeps one traversal edge per fact, typed by its relation', async () => {
    const [counts] = await graph.runText<{ edges: number; facts: number }>(
      'MATCH (f:Fact) OPTIONAL MATCH (s:Entity {id: f.subjectId})-[t {factId: f.id}]->(o:Entity {id: f.objectId}) WHERE type(t) = f.relation RETURN count(t) AS edges, count(DISTINCT f) AS facts',
    );
    expect(counts?.edges).toBe(counts?.facts);
  });

  it('imports a fight between two countries as ATTACKED with its CAMEO code, tone, source URL and date', async () => {
    // Sample line 5444: SYRIA -> RUSSIA, EventCode 194, 2017-05-01, GoldsteinScale -10.
    const rows = await graph.runText<{ cameo: string; goldstein: number; date: string; url: string; firstDate: string; edgeDate: string }>(
      `MATCH (a:Article)-[r:REPORTS]->(f:Fact {id: 'SYR|ATTACKED|RUS'})
       MATCH (:Country {id: 'SYR'})-[t:ATTACKED {factId: f.id}]->(:Country {id: 'RUS'})
       RETURN r.cameo AS cameo, r.goldstein AS goldstein, r.date AS date, a.url AS url, f.firstDate AS firstDate, t.firstDate AS edgeDate`,
    );
    expect(rows).toContainEqual({
      cameo: '194',
      goldstein: -10,
      date: '2017-05-01',
      url: 'http://endrtimes.blogspot.com/2017/05/the-wars-and-conflicts-of-this-modern.html',
      firstDate: '2017-05-01',
      edgeDate: '2017-05-01',
    });
  });

  it('makes role actors organisations of their country and keeps actor names as aliases', async () => {
    const [usaGov] = await graph.runText<{ kind: string; aliases: string[]; country: string }>(
      "MATCH (o:Organization {id: 'USA-GOV'})-[:PART_OF]->(c:Country) RETURN o.kind AS kind, o.aliases AS aliases, c.id AS country",
    );
    expect(usaGov).toMatchObject({ kind: 'government', country: 'USA' });
    expect(usaGov!.aliases.length).toBeGreaterThan(0);
    const [usa] = await graph.runText<{ name: string; aliases: string[] }>("MATCH (c:Country {id: 'USA'}) RETURN c.name AS name, c.aliases AS aliases");
    // GDELT names a country actor by its name or its capital; the most frequent one becomes the name.
    expect(usa!.aliases).toEqual(expect.arrayContaining(['United States', 'Washington']));
    expect(usa!.name).toBe('United States');
  });

  it('creates one article per SOURCEURL of an imported row, with a stable id and the URL', async () => {
    const articles = await graph.runText<{ id: string; url: string }>('MATCH (a:Article) RETURN a.id AS id, a.url AS url');
    expect(new Set(articles.map((a) => a.url)).size).toBe(articles.length);
    for (const a of articles) expect(expected.urls.has(a.url)).toBe(true);
    expect(report.articlesCreated).toBe(articles.length);
  });

  it('importing the same file again changes nothing', async () => {
    const before = await graphFingerprint(graph);
    const again = await importGdelt(graph, [SAMPLE], { batchSize: 1000 });
    expect(again.factsCreated).toBe(0);
    expect(again.articlesCreated).toBe(0);
    expect(again.entitiesCreated).toBe(0);
    expect(await graphFingerprint(graph)).toEqual(before);
  }, 300_000);
});
