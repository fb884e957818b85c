/**
 * `npm run soak`: a bounded loopback soak of the API and the local Neo4j.
 *
 * 1. A throwaway Neo4j (auth on, temporary folder) gets a generated corpus; the API runs in
 *    this process on 127.0.0.1 (free port).
 * 2. Load: search, neighbourhood (2 hops) and subgraph (1 hop) at concurrency 10 and 50 for
 *    --seconds each: requests ok / failed, p50 / p99.
 * 3. kill -9 of Neo4j under load (c=10): time to the first DATABASE_UNAVAILABLE answer,
 *    restart, seconds until requests succeed again, p50 / p99 after; counts before = after.
 * 4. kill -9 of Neo4j during a large ingest (one transaction per article): restart; every
 *    article the ingest reported committed is there; the ingest run again completes.
 * 5. Invariants: no duplicate entity ids, no duplicate traversal edges per fact,
 *    sourceCount = number of REPORTS for every fact.
 * Writes bench/results/soak.json and soak.md; stops everything and removes its folders.
 *
 * Flags: --seconds 10 (per load phase), --articles 400 (loaded before the load phases),
 * --ingest 400 (articles in the large ingest), --out bench/results.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, type RunningServer } from '../src/api/createServer.ts';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph, type Graph } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { ingestFiles, type IngestReport } from '../src/ingest/ingestFiles.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import { localNeo4jStatus, startLocalNeo4j } from '../src/local-neo4j/localNeo4j.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';
import { generateCorpus } from './generateCorpus.ts';
import { percentile } from './measure.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    articles: { type: 'string', default: '400' },
    ingest: { type: 'string', default: '400' },
    out: { type: 'string', default: path.join(PROJECT_ROOT, 'bench', 'results') },
  },
});
const SECONDS = Number(values.seconds);
const log = (line: string) => process.stderr.write(`[soak] ${line}\n`);

interface PhaseResult {
  phase: string;
  concurrency: number;
  seconds: number;
  ok: number;
  failed: number;
  failedByCode: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  /** How long the failed requests took to fail (DATABASE_UNAVAILABLE should be quick). */
  failedP50Ms: number;
  failedP99Ms: number;
}

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  code?: string;
}

const QUERIES = {
  search: 'query($q: String!) { search(query: $q, first: 10) { score entity { id name } } }',
  neighbourhood: 'query($id: ID!) { neighbourhood(id: $id, hops: 2) { id name } }',
  subgraph: 'query($ids: [ID!]!) { subgraph(ids: $ids, hops: 1, maxNodes: 200) { nodes { id } edges { id } truncated } }',
};

/** One GraphQL request; never throws (a failure is a sample with its code). */
async function request(url: string, ids: string[], names: string[], only?: keyof typeof QUERIES): Promise<Sample> {
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const kind = only ?? pick(['search', 'neighbourhood', 'subgraph'] as const);
  const variables =
    kind === 'search' ? { q: pick(names).slice(0, 6) } : kind === 'neighbourhood' ? { id: pick(ids) } : { ids: [pick(ids), pick(ids), pick(ids)] };
  const t0 = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERIES[kind], variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    return { at: Date.now(), ms: performance.now() - t0, ok: res.ok && !body.errors?.length, code: code ?? (res.ok ? undefined : `HTTP_${res.status}`) };
  } catch (error) {
    return { at: Date.now(), ms: performance.now() - t0, ok: false, code: (error as Error).name };
  }
}

/** Runs `concurrency` request loops until `stop()` says so; returns every sample. */
async function load(url: string, concurrency: number, until: () => boolean, ids: string[], names: string[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!until()) samples.push(await request(url, ids, names));
    }),
  );
  return samples;
}

function summarise(phase: string, concurrency: number, samples: Sample[], seconds: number): PhaseResult {
  const okTimes = samples.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b);
  const failTimes = samples.filter((s) => !s.ok).map((s) => s.ms).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const failedByCode: Record<string, number> = {};
  for (const s of samples) if (!s.ok) failedByCode[s.code ?? 'unknown'] = (failedByCode[s.code ?? 'unknown'] ?? 0) + 1;
  return {
    phase,
    concurrency,
    seconds: Math.round(seconds * 10) / 10,
    ok: okTimes.length,
    failed: samples.length - okTimes.length,
    failedByCode,
    p50Ms: round(percentile(okTimes, 50)),
    p99Ms: round(percentile(okTimes, 99)),
    failedP50Ms: round(percentile(failTimes, 50)),
    failedP99Ms: round(percentile(failTimes, 99)),
  };
}

/** Graph-wide invariants and counts. */
async function invariants(graph: Graph) {
  const [row] = await graph.runText<Record<string, number>>(
    `CALL () { MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateEntities }
     CALL () { MATCH ()-[r]->() WHERE r.factId IS NOT NULL WITH r.factId AS f, count(*) AS n WHERE n > 1 RETURN count(*) AS duplicateEdges }
     CALL () { MATCH (f:Fact) WITH f, COUNT { (:Article)-[:REPORTS]->(f) } AS n WHERE f.sourceCount <> n RETURN count(*) AS sourceCountMismatches }
     CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
     CALL () { MATCH (:Article)-[r:REPORTS]->(:Fact) RETURN count(r) AS reports }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     RETURN *`,
  );
  return row!;
}

async function killNeo4j(home: string): Promise<number> {
  const { pid } = localNeo4jStatus(home);
  if (!pid) throw new Error('the soak Neo4j is not running');
  process.kill(pid, 'SIGKILL');
  return pid;
}

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-soak-'));
  let neo4j: ThrowawayNeo4j | undefined;
  let graph: Graph | undefined;
  let server: RunningServer | undefined;
  const report: Record<string, unknown> = { startedAt: new Date().toISOString(), loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100), cores: os.cpus().length };
  try {
    log('starting a throwaway Neo4j (auth on)...');
    neo4j = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-soak-neo4j-', heapMb: 1024, pageCacheMb: 256, log });
    const port = Number(new URL(neo4j.uri).port);
    const restart = () => startLocalNeo4j({ rootDir: PROJECT_ROOT, home: neo4j!.home, port, heapMb: 1024, pageCacheMb: 256, readyTimeoutMs: 300_000, log });
    const config = loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEWSGRAPH_QUERY_TIMEOUT_MS: '20000', PORT: '0' });
    graph = openGraph(config);
    await applyMigrations(graph, PROJECT_ROOT);
    const registry = loadEntityRegistry(PROJECT_ROOT);

    log(`loading ${values.articles} generated articles...`);
    const corpus = generateCorpus({ articles: Number(values.articles), seed: 11, dir: path.join(tmp, 'corpus') });
    const preload = await ingestFiles(graph, [path.join(tmp, 'corpus')], { registry });
    report.preload = { files: corpus.files.length, articles: preload.total.articles, failed: preload.total.failed };
    const entities = await graph.runText<{ id: string; name: string }>('MATCH (e:Entity) RETURN e.id AS id, e.name AS name');
    const ids = entities.map((e) => e.id);
    const names = entities.map((e) => e.name);

    server = await startServer(graph, { ...config, server: { ...config.server, port: 0, production: true } }, { log: () => {} });
    const url = server.graphqlUrl;
    const phases: PhaseResult[] = [];
    for (const c of [10, 50]) {
      log(`load at c=${c} for ${SECONDS}s...`);
      const end = Date.now() + SECONDS * 1000;
      phases.push(summarise('steady', c, await load(url, c, () => Date.now() > end, ids, names), SECONDS));
    }

    // kill -9 under load (c=10).
    log('kill -9 of Neo4j under load (c=10)...');
    const before = await invariants(graph);
    let stopLoad = false;
    const during = load(url, 10, () => stopLoad, ids, names);
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
    const killedAt = Date.now();
    const killedPid = await killNeo4j(neo4j.home);
    await new Promise((r) => setTimeout(r, 2000));
    const restartAt = Date.now();
    await restart();
    const readyAt = Date.now();
    // A light request (search) is sent until one succeeds after the restart: the API works
    // again; the load goes on for SECONDS more.
    let recoveredAt: number | undefined;
    while (recoveredAt === undefined && Date.now() - readyAt < 120_000) {
      const s = await request(url, ids, names, 'search');
      if (s.ok) recoveredAt = Date.now();
      else await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    stopLoad = true;
    const samples = await during;
    const firstFailure = samples.filter((s) => s.at >= killedAt && !s.ok).sort((a, b) => a.at - b.at)[0];
    const whileDown = samples.filter((s) => s.at >= killedAt && s.at < readyAt);
    phases.push(summarise('before kill (c=10)', 10, samples.filter((s) => s.at < killedAt), (killedAt - (samples[0]?.at ?? killedAt)) / 1000));
    phases.push(summarise('Neo4j down (c=10)', 10, whileDown, (readyAt - killedAt) / 1000));
    phases.push(summarise('after restart (c=10)', 10, samples.filter((s) => recoveredAt !== undefined && s.at >= recoveredAt), SECONDS));
    const after = await invariants(graph);
    report.killUnderLoad = {
      killedPid,
      firstFailureAfterKillMs: firstFailure ? firstFailure.at - killedAt : null,
      firstFailureCode: firstFailure?.code ?? null,
      slowestAnswerWhileDownMs: Math.round(Math.max(0, ...whileDown.map((s) => s.ms))),
      restartSeconds: (readyAt - restartAt) / 1000,
      secondsToRecoverAfterRestart: recoveredAt === undefined ? null : (recoveredAt - readyAt) / 1000,
      secondsFromKillToRecovery: recoveredAt === undefined ? null : (recoveredAt - killedAt) / 1000,
      before,
      after,
      committedBeforeEqualsAfter: before.facts === after.facts && before.reports === after.reports && before.entities === after.entities && before.articles === after.articles,
    };
    report.phases = phases;

    // kill -9 during a large ingest.
    log(`kill -9 of Neo4j during an ingest of ${values.ingest} articles...`);
    const bigDir = path.join(tmp, 'big');
    generateCorpus({ articles: Number(values.ingest), seed: 23, dir: bigDir });
    let done = 0;
    const committedBeforeKill: string[] = [];
    let killed = false;
    let killedAfterFiles = 0;
    const first: IngestReport = await ingestFiles(graph, [bigDir], {
      registry,
      onProgress: (n) => {
        done = n;
        if (!killed && n >= Number(values.ingest) / 3) {
          killed = true;
          killedAfterFiles = n;
          void killNeo4j(neo4j!.home);
        }
      },
    });
    for (const a of first.articles) committedBeforeKill.push(a.articleId);
    log(`ingest run 1: ${first.total.articles} committed, ${first.total.failed} failed (Neo4j killed after file ${killedAfterFiles} of ${done})`);
    const ingestRestartAt = Date.now();
    await restart();
    const ingestRestartSeconds = (Date.now() - ingestRestartAt) / 1000;
    await graph.verify();
    const present = await graph.runText<{ n: number }>('MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', { ids: committedBeforeKill });
    const second = await ingestFiles(graph, [bigDir], { registry });
    const final = await invariants(graph);
    report.killDuringIngest = {
      files: Number(values.ingest),
      killedAfterFile: killedAfterFiles,
      firstRun: { committed: first.total.articles, failed: first.total.failed, failureCodes: countBy(first.failures.map((f) => f.code)) },
      committedArticlesPresentAfterRestart: `${present[0]!.n} of ${committedBeforeKill.length}`,
      restartSeconds: ingestRestartSeconds,
      secondRun: { committed: second.total.articles, failed: second.total.failed },
      final,
    };
    report.invariantsHold =
      final.duplicateEntities === 0 &&
      final.duplicateEdges === 0 &&
      final.sourceCountMismatches === 0 &&
      present[0]!.n === committedBeforeKill.length &&
      (report.killUnderLoad as { committedBeforeEqualsAfter: boolean }).committedBeforeEqualsAfter;
  } finally {
    await server?.close().catch(() => {});
    await graph?.close().catch(() => {});
    await neo4j?.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  report.totalSeconds = Math.round((performance.now() - started) / 100) / 10;
  fs.mkdirSync(values.out!, { recursive: true });
  fs.writeFileSync(path.join(values.out!, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(values.out!, 'soak.md'), renderSoak(report));
  process.stdout.write(renderSoak(report));
  if (!report.invariantsHold) process.exitCode = 1;
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function renderSoak(r: Record<string, any>): string {
  const lines = [
    `# Soak run ${r.startedAt}`,
    '',
    `${r.cores} cores, load average at the start ${r.loadAverage?.join(' / ')}; ${r.totalSeconds} s in all.`,
    '',
    '| phase | c | seconds | ok | failed (by code) | p50 ms | p99 ms | failed in p50 / p99 ms |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...(r.phases ?? []).map(
      (p: PhaseResult) =>
        `| ${p.phase} | ${p.concurrency} | ${p.seconds} | ${p.ok} | ${p.failed}${p.failed ? ` (${Object.entries(p.failedByCode).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''} | ${p.p50Ms} | ${p.p99Ms} | ${p.failed ? `${p.failedP50Ms} / ${p.failedP99Ms}` : ''} |`,
    ),
    '',
    `kill -9 under load: first failure ${r.killUnderLoad?.firstFailureAfterKillMs} ms after the kill (${r.killUnderLoad?.firstFailureCode}), slowest answer while down ${r.killUnderLoad?.slowestAnswerWhileDownMs} ms; restart took ${r.killUnderLoad?.restartSeconds} s; first success ${r.killUnderLoad?.secondsToRecoverAfterRestart} s after the restart (${r.killUnderLoad?.secondsFromKillToRecovery} s after the kill); committed data before = after: ${r.killUnderLoad?.committedBeforeEqualsAfter}.`,
    '',
    `kill -9 during an ingest of ${r.killDuringIngest?.files} articles (after file ${r.killDuringIngest?.killedAfterFile}): first run committed ${r.killDuringIngest?.firstRun?.committed}, failed ${r.killDuringIngest?.firstRun?.failed} ${JSON.stringify(r.killDuringIngest?.firstRun?.failureCodes ?? {})}; committed articles present after restart: ${r.killDuringIngest?.committedArticlesPresentAfterRestart}; second run committed ${r.killDuringIngest?.secondRun?.committed}, failed ${r.killDuringIngest?.secondRun?.failed}.`,
    '',
    `Final graph: ${JSON.stringify(r.killDuringIngest?.final ?? {})}`,
    '',
    `Invariants (no duplicate entities or edges, sourceCount = REPORTS, committed data kept): ${r.invariantsHold ? 'hold' : 'BROKEN'}`,
    '',
  ];
  return lines.join('\n');
}

await main();
