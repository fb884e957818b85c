/**
 * Ingest benchmark (not a test): newsgraph's writers against a floor, side by side in one run
 * on a throwaway Neo4j, and how ingest slows down as the graph grows:
 *   1. the same generated fact files: newsgraph's write path (parsed files), `newsgraph ingest`
 *      end to end (ingestFiles: read, validate, resolve, write 100 articles per transaction) and
 *      the floor (plain UNWIND + MERGE of the same facts, no resolution);
 *   2. the GDELT sample and a generated GDELT file of --gdelt-rows rows: `import gdelt` against the floor;
 *   3. --new new articles into an empty graph, and into a graph of --big articles.
 * Usage: npm run bench:ingest -- [--files 2000] [--gdelt-rows 100000] [--big 100000] [--new 1000] [--neo4j-uri bolt://...]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph, type Graph } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { ingestFiles } from '../src/ingest/ingestFiles.ts';
import { loadFactFile } from '../src/ingest/loadFactFile.ts';
import type { FactFile } from '../src/ingest/factFileSchema.ts';
import { importGdelt } from '../src/importers/gdelt/importGdelt.ts';
import { defaultEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';
import { parseScriptArgs } from '../scripts/parseScriptArgs.ts';
import { floorRowsFromFactFiles, floorRowsFromGdelt, loadFloor } from './floorLoader.ts';
import { generateCorpus, generateFactFiles } from './generateCorpus.ts';
import { loadCorpusBulk } from './loadCorpusBulk.ts';
import { generateGdeltCsv, readGdeltEvents } from './readGdeltEvents.ts';

const USAGE = `Usage: npm run bench:ingest [-- options]

Ingest speed against a floor (plain UNWIND + MERGE of the same facts), side by side in one run
on a throwaway Neo4j: generated fact files, the GDELT sample and a generated GDELT file, and
new articles into an empty and into a large graph.

Options:
  --files N         generated fact files (default 2000)
  --gdelt-rows N    rows of the generated GDELT file (default 100000)
  --big N           articles in the large graph (default 100000)
  --new N           new articles loaded into each graph (default 1000)
  --neo4j-uri URI   a DISPOSABLE Neo4j to use (it is emptied) instead of a throwaway one
  -h, --help        this text
`;
const { values } = parseScriptArgs('bench:ingest', USAGE, {
  options: {
    files: { type: 'string', default: '2000' },
    'gdelt-rows': { type: 'string', default: '100000' },
    big: { type: 'string', default: '100000' },
    new: { type: 'string', default: '1000' },
    'neo4j-uri': { type: 'string' },
  },
});
const FILES = Number(values.files);
const GDELT_ROWS = Number(values['gdelt-rows']);
const BIG = Number(values.big);
const NEW = Number(values.new);
const SAMPLE = path.join(PROJECT_ROOT, '..', 'shared', 'data', 'gdelt', 'events2-sample.csv');

interface Row {
  case: string;
  loader: string;
  facts: number;
  seconds: number;
  factsPerSecond: number;
  load1: number;
}

async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  let uri = values['neo4j-uri'];
  let neo4j: ThrowawayNeo4j | undefined;
  if (!uri) {
    log('starting a throwaway Neo4j...');
    neo4j = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-bench-ingest-neo4j-', heapMb: 2048, pageCacheMb: 1024, log });
    uri = neo4j.uri;
  }
  const auth = neo4j ? { NEO4J_PASSWORD: neo4j.password } : {};
  const graph = openGraph(loadConfig({ ...process.env, NEO4J_URI: uri, ...auth, NEWSGRAPH_QUERY_TIMEOUT_MS: '600000' }));
  const rows: Row[] = [];
  const timed = async (kase: string, loader: string, work: () => Promise<number>) => {
    await reset(graph);
    const t = performance.now();
    const facts = await work();
    const seconds = (performance.now() - t) / 1000;
    const row = { case: kase, loader, facts, seconds, factsPerSecond: facts / seconds, load1: os.loadavg()[0] ?? 0 };
    rows.push(row);
    log(`  ${kase} / ${loader}: ${facts} facts in ${seconds.toFixed(1)} s = ${row.factsPerSecond.toFixed(0)} facts/s (load ${row.load1.toFixed(1)})`);
    return row;
  };
  try {
    const registry = defaultEntityRegistry();
    // 1. generated fact files
    const dir = path.join(home, 'facts');
    const { files } = generateCorpus({ articles: FILES, seed: 7, dir });
    const parsed: FactFile[] = [];
    for (const f of files) parsed.push(await loadFactFile(f, { registry }));
    const facts = parsed.reduce((n, f) => n + f.facts.length, 0);
    const floorRows = floorRowsFromFactFiles(parsed);
    // warm-up: plan every statement once
    await loadCorpusBulk(graph, parsed.slice(0, 50));
    await loadFloor(graph, floorRowsFromFactFiles(parsed.slice(0, 50)));
    const kase = `${FILES} generated fact files`;
    await timed(kase, 'floor: UNWIND + MERGE, 2000 facts/tx (facts parsed before timing)', () => loadFloor(graph, floorRows));
    await timed(kase, 'newsgraph ingest, write path only (files parsed before timing; resolves; 100 articles/tx)', () => loadCorpusBulk(graph, parsed));
    await timed(kase, 'newsgraph ingest end to end (reads, validates, resolves, writes; 100 articles/tx)', async () => {
      const report = await ingestFiles(graph, [dir], { registry });
      if (report.failures.length) throw new Error(report.failures[0]!.message);
      return facts;
    });

    // 2. GDELT: the sample, and a generated file of GDELT_ROWS rows
    const big = path.join(home, `gdelt-${GDELT_ROWS}.csv`);
    fs.writeFileSync(big, generateGdeltCsv(fs.readFileSync(SAMPLE, 'utf8'), GDELT_ROWS));
    for (const [name, file] of [['GDELT sample (6,090 rows)', SAMPLE], [`generated GDELT file (${GDELT_ROWS} rows)`, big]] as const) {
      const gdeltRows = floorRowsFromGdelt(await readGdeltEvents(file));
      await timed(name, 'floor: UNWIND + MERGE, 2000 facts/tx (rows parsed before timing)', () => loadFloor(graph, gdeltRows));
      // the same fact rows as the floor (an event's row and its PART_OF rows), so facts/s compare
      await timed(name, 'newsgraph import gdelt end to end (reads, maps, resolves, writes; 500 rows/tx)', async () => {
        await importGdelt(graph, [file]);
        return gdeltRows.length;
      });
    }

    // 3. growth: NEW new articles into an empty graph, then into a graph of BIG articles
    const corpus = [...generateFactFiles({ articles: BIG + NEW, seed: 11 })];
    const fresh = corpus.slice(BIG);
    const growthCase = `${NEW} new articles`;
    const empty = await timed(growthCase, 'into an empty graph', () => loadCorpusBulk(graph, fresh));
    await reset(graph);
    log(`loading ${BIG} articles...`);
    const t = performance.now();
    for (let i = 0; i < BIG; i += 5000) await loadCorpusBulk(graph, corpus.slice(i, Math.min(i + 5000, BIG)));
    const bigLoad = (performance.now() - t) / 1000;
    const [counts] = await graph.runText<{ facts: number; entities: number }>('CALL () { MATCH (f:Fact) RETURN count(f) AS facts } CALL () { MATCH (e:Entity) RETURN count(e) AS entities } RETURN facts, entities');
    log(`  ${BIG} articles loaded in ${bigLoad.toFixed(0)} s: ${counts?.facts} facts, ${counts?.entities} entities`);
    const t2 = performance.now();
    const n = await loadCorpusBulk(graph, fresh);
    const seconds = (performance.now() - t2) / 1000;
    const into = { case: growthCase, loader: `into a graph of ${BIG} articles (${counts?.facts} facts, ${counts?.entities} entities)`, facts: n, seconds, factsPerSecond: n / seconds, load1: os.loadavg()[0] ?? 0 };
    rows.push(into);
    log(`  ${growthCase} / ${into.loader}: ${seconds.toFixed(1)} s (${(seconds / empty.seconds).toFixed(2)}x the empty graph)`);

    console.log(`\ningest benchmark (${os.cpus().length} cores; load average per row)`);
    console.log('| case | loader | facts | time | facts/s | vs floor | load |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const floor = rows.find((x) => x.case === r.case && x.loader.startsWith('floor'));
      const ratio = floor && floor !== r ? `${(r.factsPerSecond / floor.factsPerSecond).toFixed(2)}x the floor` : r === empty ? '' : r === into ? `${(into.seconds / empty.seconds).toFixed(2)}x the empty-graph time` : '1x';
      console.log(`| ${r.case} | ${r.loader} | ${r.facts} | ${r.seconds.toFixed(1)} s | ${Math.round(r.factsPerSecond)} | ${ratio} | ${r.load1.toFixed(1)} |`);
    }
    const out = path.join(PROJECT_ROOT, 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'ingest.json'), `${JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version }, rows, bigLoadSeconds: bigLoad }, null, 2)}\n`);
  } finally {
    await graph.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** Deletes all data in slices and re-applies the schema. */
async function reset(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applyMigrations(graph, PROJECT_ROOT);
}

await main();
