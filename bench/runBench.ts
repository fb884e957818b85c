/**
 * The benchmark harness behind `npm run bench` (and, with tiny sizes, the smoke test in
 * npm test): ingestion rates (newsgraph ingest, the floor of plain UNWIND + MERGE, naive one transaction per
 * fact, the GDELT importer batched and naive), then the dashboard queries at growing graph
 * sizes against the newsgraph API, hand-written Cypher (the floor) and @neo4j/graphql, the
 * API process's peak memory and the cold start of `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startServer } from '../src/api/createServer.ts';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph, withoutCallSiteStack, type Graph } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import type { FactFile, FactFileInput } from '../src/ingest/factFileSchema.ts';
import { loadFactFile } from '../src/ingest/loadFactFile.ts';
import { importGdelt } from '../src/importers/gdelt/importGdelt.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';
import { freePort } from '../src/local-neo4j/localNeo4j.ts';
import { DASHBOARD_QUERIES, type QueryContext } from './dashboardQueries.ts';
import { generateCorpus, generateFactFiles } from './generateCorpus.ts';
import { loadCorpusBulk } from './loadCorpusBulk.ts';
import { floorRowsFromFactFiles, floorRowsFromGdelt, loadFloor, loadNaive } from './floorLoader.ts';
import { readGdeltEvents } from './readGdeltEvents.ts';
import { graphqlRequest, measureSideBySide, REQUEST_TIMEOUT_MS, type MeasureOptions, type Timing } from './measure.ts';
import { startNeo4jGraphql } from './neo4jGraphqlServer.ts';
import { renderBenchMarkdown } from './renderBenchMarkdown.ts';
import type { BenchResult, IngestRate, SizeResult } from './benchResult.ts';

export type { BenchResult, IngestRate, SizeResult } from './benchResult.ts';

export interface BenchOptions {
  /** Graph sizes in articles, ascending. */
  sizes: number[];
  /** Articles of the generated corpus for the ingestion rates. */
  ingestArticles: number;
  /** Time cap of the per-article and the naive loader runs (slow by design). */
  naiveMs: number;
  /** GDELT export for the importer's rates. */
  gdeltFile: string;
  /** Time budget for building the size graphs; the largest size that fits is used. */
  loadBudgetMs: number;
  measure: MeasureOptions;
  seed: number;
  outDir: string;
  /** Use this (disposable!) Neo4j instead of starting a throwaway one. */
  neo4jUri?: string;
  /** Password for neo4jUri (the throwaway Neo4j's own is used when none is given). */
  neo4jPassword?: string;
  log?: (line: string) => void;
}

/** Runs the whole benchmark and writes `bench.json` and `bench.md` into outDir. */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? (() => {});
  const t0 = performance.now();
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 10) / 10) },
    neo4j: { uri: '', startSeconds: null },
    method: `latencies are the median (p50) and p95 of up to ${o.measure.runs} sequential runs, alternating request by request in two groups (newsgraph serve and the floor; the API in the benchmark process, the floor and @neo4j/graphql; the floor as one auto-commit read, like the API) after ${o.measure.warmup} warm-up runs (each side at most ${o.measure.maxMs / 1000} s); throughput is requests/s with ${o.measure.concurrency} callers in parallel for ${o.measure.throughputMs / 1000} s (three p50s for slower queries)${o.measure.concurrencyLevels?.length ? `, and for the scaling queries also with ${o.measure.concurrencyLevels.join(', ')} callers` : ''}`,
    ingestion: [],
    sizes: [],
    sizeNote: null,
    api: { peakRssMiB: null, coldStartSeconds: null },
    totalSeconds: 0,
  };

  let neo4j: ThrowawayNeo4j | undefined;
  let uri = o.neo4jUri;
  if (!uri) {
    log('starting a throwaway Neo4j for the benchmark...');
    neo4j = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-bench-', heapMb: 2048, pageCacheMb: 1024 });
    result.neo4j.startSeconds = neo4j.startSeconds;
    uri = neo4j.uri;
  }
  result.neo4j.uri = uri;
  const password = neo4j?.password ?? o.neo4jPassword ?? process.env.NEO4J_PASSWORD;
  const auth = password === undefined ? {} : { NEO4J_PASSWORD: password };
  const config = { ...loadConfig({ ...process.env, NEO4J_URI: uri, ...auth }), queryTimeoutMs: 600_000 };
  const graph = openGraph(config);
  const children: ChildProcess[] = [];
  try {
    await graph.verify();
    result.ingestion = await ingestionRates(graph, o, log);
    await resetGraph(graph);

    const api = await startApi(uri, auth, log);
    children.push(api.child);
    // @neo4j/graphql runs in this process, on the benchmark's driver. In a process of its own,
    // its neighbourhood at 32 callers ran the benchmark's Neo4j (2 GB heap) out of memory.
    const peer = await startNeo4jGraphql(graph.driver, config.neo4j.database);
    // The same API in this process too (its own driver, as newsgraph serve has), so that it is
    // compared with @neo4j/graphql in the same conditions, and with the floor without the hop
    // to another process. (Its floor ratios were no smaller in the sixth round: without the
    // other process the floor gets faster as well.)
    const inProcess = await startInProcessApi(uri, auth);
    // Without source maps while timing: neo4j-driver formats a stack trace for every result,
    // which @neo4j/graphql cannot skip as newsgraph and the floor do (withoutCallSiteStack);
    // it would run as plain JavaScript in a real deployment.
    process.setSourceMapsEnabled(false);
    try {
      result.sizes = await sizeRuns(graph, o, { serve: api.url, inProcess: inProcess.url, peer: peer.url }, log, (note) => (result.sizeNote = note));
    } finally {
      process.setSourceMapsEnabled(true);
      await peer.stop();
      await inProcess.stop();
    }
    result.api.peakRssMiB = peakRssMiB(api.child.pid);
    api.child.kill('SIGTERM');
    result.api.coldStartSeconds = await coldStart(uri, auth, log);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await graph.close();
    await neo4j?.stop();
  }
  result.totalSeconds = (performance.now() - t0) / 1000;
  fs.mkdirSync(o.outDir, { recursive: true });
  fs.writeFileSync(path.join(o.outDir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(o.outDir, 'bench.md'), renderBenchMarkdown(result));
  return result;
}

/** Deletes all data in batches (a large graph does not fit one transaction) and re-applies the schema. */
async function resetGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applyMigrations(graph, PROJECT_ROOT);
}

async function ingestionRates(graph: Graph, o: BenchOptions, log: (line: string) => void): Promise<IngestRate[]> {
  const rates: IngestRate[] = [];
  const rate = (name: string, facts: number, ms: number, note?: string) => {
    const r = { name, facts, seconds: ms / 1000, factsPerSecond: facts / (ms / 1000), ...(note ? { note } : {}) };
    log(`  ${name}: ${facts} facts in ${r.seconds.toFixed(1)} s = ${r.factsPerSecond.toFixed(0)} facts/s`);
    rates.push(r);
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corpus-'));
  try {
    log(`ingestion: generating ${o.ingestArticles} fact files (seed ${o.seed})...`);
    const { files } = generateCorpus({ articles: o.ingestArticles, seed: o.seed, dir });
    let t = performance.now();
    const parsed: FactFile[] = [];
    for (const file of files) parsed.push(await loadFactFile(file));
    const facts = parsed.reduce((n, f) => n + f.facts.length, 0);
    rate('corpus: parse + validate fact files (no database)', facts, performance.now() - t);

    await resetGraph(graph);
    t = performance.now();
    await loadCorpusBulk(graph, parsed, 100);
    rate('corpus: newsgraph ingest (100 articles per transaction, resolution inside the write)', facts, performance.now() - t);

    const floorRows = floorRowsFromFactFiles(parsed as FactFileInput[]);
    await resetGraph(graph);
    t = performance.now();
    await loadFloor(graph, floorRows, 2000);
    rate('corpus: floor (plain UNWIND + MERGE on ids, 2000 facts per transaction, no resolution)', facts, performance.now() - t);

    await resetGraph(graph);
    t = performance.now();
    const naive = await loadNaive(graph, floorRows, performance.now() + o.naiveMs);
    rate('corpus: naive (one transaction per fact)', naive, performance.now() - t, naive < facts ? `stopped after ${o.naiveMs / 1000} s` : undefined);

    await resetGraph(graph);
    t = performance.now();
    const report = await importGdelt(graph, [o.gdeltFile], { batchSize: 500 });
    rate('GDELT sample: newsgraph import gdelt (500 rows per transaction)', report.factsWritten, performance.now() - t, `${report.rowsRead} rows read, ${report.rowsImported} imported`);
    const gdeltRows = floorRowsFromGdelt(await readGdeltEvents(o.gdeltFile));
    await resetGraph(graph);
    t = performance.now();
    await loadFloor(graph, gdeltRows, 2000);
    rate('GDELT sample: floor (plain UNWIND + MERGE, 2000 facts per transaction)', gdeltRows.length, performance.now() - t, 'rows parsed before timing');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rates;
}

/** GraphQL endpoints measured: newsgraph serve (its own process), the API in this process, @neo4j/graphql (in this process). */
interface Endpoints {
  serve: string;
  inProcess: string;
  peer: string;
}

async function sizeRuns(graph: Graph, o: BenchOptions, urls: Endpoints, log: (line: string) => void, note: (text: string) => void): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  const max = Math.max(...o.sizes);
  const corpus = generateFactFiles({ articles: max, seed: o.seed + 1 });
  let loaded = 0;
  let loadMs = 0;
  for (const size of [...o.sizes].sort((a, b) => a - b)) {
    log(`graph size ${size} articles: loading...`);
    const t = performance.now();
    let stopped = false;
    while (loaded < size) {
      const chunk: FactFileInput[] = [];
      while (chunk.length < 1000 && loaded + chunk.length < size) {
        const next = corpus.next();
        if (next.done) break;
        chunk.push(next.value);
      }
      if (!chunk.length) break;
      await loadCorpusBulk(graph, chunk, 100);
      loaded += chunk.length;
      if (loadMs + (performance.now() - t) > o.loadBudgetMs) {
        stopped = true;
        break;
      }
    }
    loadMs += performance.now() - t;
    const [counts] = await graph.runText<{ facts: number; entities: number }>('CALL () { MATCH (f:Fact) RETURN count(f) AS facts } CALL () { MATCH (e:Entity) RETURN count(e) AS entities } RETURN facts, entities');
    log(`  ${loaded} articles, ${counts?.facts} facts, ${counts?.entities} entities (loading ${((performance.now() - t) / 1000).toFixed(0)} s)`);
    const context = await queryContext(graph);
    const sizeResult: SizeResult = { articles: loaded, facts: counts?.facts ?? 0, entities: counts?.entities ?? 0, loadSeconds: (performance.now() - t) / 1000, context, queries: [] };
    for (const q of DASHBOARD_QUERIES) {
      const levels = q.scaling ? o.measure.concurrencyLevels : undefined;
      const floor = () => floorRead(graph, q.cypher.text, q.cypher.params(context));
      // Side by side: the sequential runs alternate request by request within each group; the
      // floor is timed in both groups, and each ratio takes the floor of its own group.
      const [api, cypher] = (await measureSideBySide([() => graphqlRequest(urls.serve, q.api.query, q.api.variables(context)), floor], o.measure, levels)) as [Timing, Timing];
      const inGroup = await measureSideBySide(
        [
          () => graphqlRequest(urls.inProcess, q.api.query, q.api.variables(context)),
          floor,
          ...(q.neo4jGraphql ? [() => graphqlRequest(urls.peer, q.neo4jGraphql!.query, q.neo4jGraphql!.variables(context))] : []),
        ],
        o.measure,
        levels,
      );
      const [apiInProcess, cypherInProcess] = inGroup as [Timing, Timing];
      const peer = inGroup[2] ?? null;
      log(
        `  ${q.name}: API p50 ${api.p50Ms.toFixed(1)} ms (in this process ${apiInProcess.p50Ms.toFixed(1)}), Cypher ${cypher.p50Ms.toFixed(1)} (${cypherInProcess.p50Ms.toFixed(1)}) ms, @neo4j/graphql ${peer ? peer.p50Ms.toFixed(1) : 'n/a'} ms` +
          `${api.error ? ` (API error: ${api.error})` : ''}${apiInProcess.error ? ` (in-process API error: ${apiInProcess.error})` : ''}${peer?.error ? ` (@neo4j/graphql error: ${peer.error})` : ''}`,
      );
      sizeResult.queries.push({ name: q.name, description: q.description, api, cypher, apiInProcess, cypherInProcess, neo4jGraphql: peer, ...(q.neo4jGraphql?.partial ? { neo4jGraphqlNote: q.neo4jGraphql.partial } : {}) });
    }
    results.push(sizeResult);
    if (stopped) {
      note(`loading stopped at ${loaded} articles: the ${o.loadBudgetMs / 60000}-minute load budget ran out before ${size}`);
      break;
    }
  }
  return results;
}

/**
 * The floor's transport: one auto-commit read (RUN + PULL in one round trip) without the
 * driver's call-site stack, exactly as the API's compiled statements go (Graph.runStatement),
 * not a transaction function with its COMMIT.
 */
async function floorRead(graph: Graph, text: string, params: Record<string, unknown>): Promise<void> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    await withoutCallSiteStack(() => session.run(text, params, { timeout: REQUEST_TIMEOUT_MS }));
  } finally {
    await session.close();
  }
}

/** A hub (most facts), a mid-rank entity, a pair for paths, a misspelt name to search. */
async function queryContext(graph: Graph): Promise<QueryContext> {
  const ranked = await graph.runText<{ id: string; name: string }>(
    'MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e:Entity) WITH e, count(f) AS degree ORDER BY degree DESC, e.id LIMIT 200 RETURN e.id AS id, e.name AS name',
  );
  const at = (i: number) => ranked[Math.min(i, ranked.length - 1)]!;
  // Rank 50 and 150 on real sizes; spread over what there is on tiny graphs, never the same entity twice.
  const midRank = Math.min(50, Math.floor(ranked.length / 3));
  const farRank = Math.min(150, ranked.length - 1) === midRank ? 0 : Math.min(150, ranked.length - 1);
  const mid = at(midRank);
  const word = mid.name.split(' ')[0] ?? mid.name;
  // One typo: two letters swapped in the first word.
  const typo = word.length > 3 ? `${word.slice(0, 1)}${word[2]}${word[1]}${word.slice(3)}` : word;
  return { hub: at(0).id, mid: mid.id, pair: [mid.id, at(farRank).id], searchTerm: typo, relationTypes: ['SANCTIONED', 'ATTACKED', 'CRITICIZED'], from: '2020' };
}

/** The environment both API sides run with (newsgraph serve's process, the in-process API's config). */
function apiEnv(uri: string, auth: { NEO4J_PASSWORD?: string }): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: uri, ...auth, NEWSGRAPH_QUERY_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS), NODE_ENV: 'production' };
}

async function startApi(uri: string, auth: { NEO4J_PASSWORD?: string }, log: (line: string) => void): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'serve', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...apiEnv(uri, auth), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`newsgraph serve exited (${child.exitCode}): ${output.slice(-500)}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) {
        log(`newsgraph API (pid ${child.pid}) serving at ${url}/graphql`);
        return { url: `${url}/graphql`, child };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`newsgraph serve did not become ready in 120 s: ${output.slice(-500)}`);
}

/** The API (startServer) in this process, with newsgraph serve's environment (apiEnv), on a driver of its own. */
async function startInProcessApi(uri: string, auth: { NEO4J_PASSWORD?: string }): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig({ ...apiEnv(uri, auth), PORT: '0', HOST: '127.0.0.1' });
  const graph = openGraph(config);
  const server = await startServer(graph, config, { log: () => {} });
  return {
    url: server.graphqlUrl,
    stop: async () => {
      await server.close();
      await graph.close();
    },
  };
}

/** Peak resident memory (VmHWM) of a live process, in MiB; null where /proc is unavailable. */
function peakRssMiB(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** Seconds from spawning `npm start` (over the running benchmark Neo4j) to its "newsgraph is up" line. */
async function coldStart(uri: string, auth: { NEO4J_PASSWORD?: string }, log: (line: string) => void): Promise<number | null> {
  const port = await freePort();
  const t = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, ...auth, PORT: String(port), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so npm, tsx and node stop together
  });
  let output = '';
  const seconds = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), 120_000);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('newsgraph is up')) {
        clearTimeout(timer);
        resolve((performance.now() - t) / 1000);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
  const exited = new Promise((r) => child.on('exit', r));
  try {
    process.kill(-child.pid!, 'SIGINT');
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  log(seconds === null ? `npm start did not come up: ${output.slice(-300)}` : `npm start: up in ${seconds.toFixed(1)} s`);
  return seconds;
}
