/**
 * `npm run bench`: the full benchmark (about 1k, 10k and 100k articles), results in
 * bench/results/bench.json and bench.md. Sizes can be overridden: `npm run bench -- 1000 10000`;
 * `--load-minutes N` (default 10) is the time allowed for building the graphs (the largest
 * size that loads within it is measured).
 * It starts its own throwaway Neo4j; NEWSGRAPH_BENCH_NEO4J_URI points it at a disposable one instead.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { parseScriptArgs } from '../scripts/parseScriptArgs.ts';
import { runBench } from './runBench.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const USAGE = `Usage: npm run bench [-- SIZE ...] [--load-minutes N]

The API benchmark: builds graphs of SIZE generated articles (default 1000 10000 100000) in a
throwaway Neo4j and measures every dashboard query against its hand-written Cypher floor and
@neo4j/graphql, side by side, with requests/s at concurrency 1, 8 and 32. Results in
bench/results/bench.json and bench.md.

Options:
  SIZE ...            graph sizes in articles (default 1000 10000 100000)
  --load-minutes N    time allowed for building the graphs; the largest size that loads in it
                      is measured (default 10)
  -h, --help          this text

NEWSGRAPH_BENCH_NEO4J_URI points it at a disposable Neo4j instead (it is emptied).
`;
const { values, positionals } = parseScriptArgs('bench', USAGE, { options: { 'load-minutes': { type: 'string', default: '10' } }, allowPositionals: true });
const sizes = positionals.map(Number).filter((n) => Number.isInteger(n) && n > 0);
const loadMinutes = Number(values['load-minutes']);
if (!(loadMinutes > 0)) throw new Error(`--load-minutes must be a positive number of minutes (got ${JSON.stringify(values['load-minutes'])})`);
const result = await runBench({
  sizes: sizes.length ? sizes : [1000, 10_000, 100_000],
  ingestArticles: 1000,
  naiveMs: 45_000,
  gdeltFile: path.join(PROJECT_ROOT, '..', 'shared', 'data', 'gdelt', 'events2-sample.csv'),
  loadBudgetMs: loadMinutes * 60_000,
  measure: { warmup: 5, runs: 200, maxMs: 5_000, concurrency: 4, throughputMs: 2_000, concurrencyLevels: [1, 8, 32] },
  seed: 20251003,
  outDir: path.join(here, 'results'),
  neo4jUri: process.env.NEWSGRAPH_BENCH_NEO4J_URI || undefined,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stderr.write(`done in ${result.totalSeconds.toFixed(0)} s: bench/results/bench.md\n`);
