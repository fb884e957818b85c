import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { GDELT_COLUMNS } from '../../src/importers/gdelt/gdeltColumns.ts';
import { graphFingerprint, openTestGraph, resetGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'gdelt');
const TSV = path.join(FIXTURES, 'events-mixed.tsv');
const ZIP = path.join(FIXTURES, 'events-mixed.zip');
/** The same export stored in a zip under the entry name `../../tmp/events.export.CSV`. */
const TRAVERSAL_ZIP = path.join(FIXTURES, 'events-traversal.zip');
const cli = (args: string[]) => runCli(['import', 'gdelt', ...args], { env: testNeo4jEnv() });

/** The fixture's bad lines, found by looking at its bytes (not by asking the importer). */
function badLinesOfFixture() {
  const bytes = fs.readFileSync(TSV);
  const lines = bytes.toString('latin1').split('\n');
  const lastIsCut = bytes[bytes.length - 1] !== 0x0a;
  const out: Record<string, number[]> = { 'truncated-line': [], 'wrong-column-count': [], 'non-utf8': [], 'bad-date': [], 'unknown-code': [] };
  lines.forEach((line, i) => {
    if (!line) return;
    const f = line.split('\t');
    const n = i + 1;
    if (f.length !== GDELT_COLUMNS.length) out[lastIsCut && i === lines.length - 1 ? 'truncated-line' : 'wrong-column-count']!.push(n);
    else if (/[\x80-\xff]/.test(line) && !isUtf8(Buffer.from(line, 'latin1'))) out['non-utf8']!.push(n);
    else if (!/^\d{8}$/.test(f[1]!) || Number.isNaN(Date.parse(`${f[1]!.slice(0, 4)}-${f[1]!.slice(4, 6)}-${f[1]!.slice(6)}`))) out['bad-date']!.push(n);
    else if (!/^\d{3,4}$/.test(f[GDELT_COLUMNS.indexOf('EventCode')]!)) out['unknown-code']!.push(n);
  });
  return out;
}

function isUtf8(b: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

describe('newsgraph import gdelt: bad input, TSV and zip', () => {
  let graph: Graph;
  const bad = badLinesOfFixture();

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
  });
  afterAll(async () => graph?.close());

  it('the fixture really holds one of each bad line', () => {
    for (const [reason, lines] of Object.entries(bad)) expect(lines, reason).toHaveLength(1);
  });

  it('a file that is not GDELT fails at once with a clear message, exit 2, graph unchanged', async () => {
    await cli([TSV, '--json']); // something in the graph, so "unchanged" means something
    const before = await graphFingerprint(graph);
    const result = await cli([path.join(FIXTURES, 'not-gdelt.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not-gdelt\.csv: not a GDELT 2\.0 event export .*nothing was imported/);
    expect(await graphFingerprint(graph)).toEqual(before);
    // With a good file first on the command line, still nothing is written: every input is checked first.
    await resetGraph(graph);
    const empty = await graphFingerprint(graph);
    const mixed = await cli([TSV, path.join(FIXTURES, 'not-gdelt.csv')]);
    expect(mixed.code).toBe(2);
    expect(await graphFingerprint(graph)).toEqual(empty);
  });

  it('a missing file or an empty one is refused the same way', async () => {
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gdelt-')), 'empty.csv');
    fs.writeFileSync(empty, '');
    const before = await graphFingerprint(graph);
    const missing = await cli([path.join(FIXTURES, 'does-not-exist.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist.csv: no such file');
    const none = await cli([empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('the file is empty');
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('counts each bad line with its line number and imports the rest (header-less TSV)', async () => {
    await resetGraph(graph);
    const result = await cli([TSV, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const [reason, lines] of Object.entries(bad)) {
      expect(report.skipped[reason], reason).toEqual({ count: lines.length, locations: lines.map((line) => ({ file: 'events-mixed.tsv', line })) });
    }
    const skipped = Object.values(report.skipped as Record<string, { count: number }>).reduce((n, s) => n + s.count, 0);
    expect(report.rowsImported + skipped).toBe(report.rowsRead);
    expect(report.rowsImported).toBeGreaterThan(0);
    // The line after the non-UTF-8 one (USA sanctions China) made it in.
    const [row] = await graph.readQuery<{ n: number }>("MATCH (:Organization {id: 'USA-GOV'})-[:SANCTIONED]->(:Country {id: 'CHN'}) RETURN count(*) AS n");
    expect(row?.n).toBe(1);
  });

  it('a sanction event between two countries appears as SANCTIONED with its source URL and date', async () => {
    const rows = await graph.readQuery(
      `MATCH (gov:Organization {id: 'USA-GOV'})-[t:SANCTIONED]->(rus:Country {id: 'RUS'})
       MATCH (f:Fact {id: t.factId})<-[r:REPORTS]-(a:Article)
       MATCH (gov)-[:PART_OF]->(usa:Country {id: 'USA'})
       RETURN a.url AS url, r.date AS date, r.cameo AS cameo, r.goldstein AS goldstein, r.avgTone AS avgTone,
              r.numMentions AS numMentions, t.firstDate AS firstDate, f.sourceCount AS sources, gov.kind AS kind`,
    );
    expect(rows).toEqual([
      {
        url: 'https://example.org/news/2017/06/15/us-sanctions-russia',
        date: '2017-06-15',
        cameo: '163',
        goldstein: -8,
        avgTone: -4.25,
        numMentions: 12,
        firstDate: '2017-06-15',
        sources: 1,
        kind: 'government',
      },
    ]);
  });

  it('a .zip of the same export imports the same graph, and changes nothing the second time', async () => {
    const fromTsv = await graphFingerprint(graph);
    await resetGraph(graph);
    const result = await cli([ZIP]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rows read\s+14/);
    expect(result.stdout).toMatch(/truncated-line\s+1\s+line 14/);
    const fromZip = await graphFingerprint(graph);
    expect({ nodes: fromZip.nodes, relationships: fromZip.relationships }).toEqual({ nodes: fromTsv.nodes, relationships: fromTsv.relationships });
    await cli([ZIP]);
    expect(await graphFingerprint(graph)).toEqual(fromZip);
  });

  it('takes zip entries by base name: an entry named ../../tmp/... imports as events.export.CSV, no crash', async () => {
    await resetGraph(graph);
    const result = await cli([TRAVERSAL_ZIP, '--json']);
    expect(result.stderr).not.toContain('crashed');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('events-traversal.zip!events.export.CSV');
    expect(result.stdout).not.toContain('../');
    expect(JSON.parse(result.stdout)).toMatchObject({ rowsRead: 14 });
  });
});
