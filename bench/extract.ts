/**
 * Throughput of an extractor (npm run bench:extract): generates a few hundred articles of
 * typical length (about 450 words) by recombining sentence templates with varying actors,
 * runs the extractor on each (with the entity registry, as `newsgraph add` does) after a
 * warm-up, and prints articles per second and per-article latency (mean, p50, p95, max).
 * The extractor's load time (runtime check, worker start, model load) is reported apart.
 *
 *   npm run bench:extract [-- --extractor nlp|rules --articles 300 --words 450 --seed 1]
 *
 * One process (plus the NLP worker for `nlp`: the two alternate, so one core at a time);
 * a benchmark, not a test.
 */
import os from 'node:os';
import Table from 'cli-table3';
import { parseScriptArgs } from '../scripts/parseScriptArgs.ts';
import { PROJECT_ROOT, loadConfig } from '../src/config/loadConfig.ts';
import { DEFAULT_EXTRACTOR, createExtractor, type ExtractorName } from '../src/extract/extractors.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';

const USAGE = `Usage: npm run bench:extract [-- options]

Throughput of an extractor on generated articles of typical length: articles per second and
per-article latency (mean, p50, p95, max) after a warm-up; the load time is reported apart.

Options:
  --extractor NAME  nlp | rules (default ${DEFAULT_EXTRACTOR})
  --articles N      articles to extract (default 300)
  --words N         words per article (default 450)
  --seed N          seed of the article generator (default 1)
  -h, --help        this text
`;
const { values } = parseScriptArgs('bench:extract', USAGE, {
  options: {
    articles: { type: 'string', default: '300' },
    words: { type: 'string', default: '450' },
    seed: { type: 'string', default: '1' },
    extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
  },
});
const ARTICLES = Number(values.articles);
const WORDS = Number(values.words);

// A small deterministic generator (mulberry32) so every run measures the same corpus.
let state = Number(values.seed) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const COUNTRIES = ['the United States', 'Russia', 'China', 'France', 'Germany', 'the UK', 'Iran', 'Israel', 'Colombia', 'Venezuela', 'Brazil', 'Japan', 'Turkey', 'Poland', 'Ukraine'];
const DEMONYMS = ['American', 'Russian', 'Chinese', 'French', 'German', 'British', 'Iranian', 'Israeli', 'Colombian', 'Venezuelan'];
const NAMES = ['Maria Lopez', 'John Carter', 'Elena Petrova', 'Ahmed Karimi', 'Laura Bianchi', 'Kenji Sato', 'Ana Torres', 'Pierre Martin'];
const TITLES = ['President', 'Foreign Minister', 'Defense Minister', 'Prime Minister'];
const TEMPLATES: Array<() => string> = [
  () => `${pick(DEMONYMS)} ${pick(TITLES)} ${pick(NAMES)} criticized ${pick(COUNTRIES)} on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
  () => `${cap(pick(COUNTRIES))} imposed new sanctions on ${pick(COUNTRIES)}, targeting banks and energy firms.`,
  () => `${cap(pick(COUNTRIES))} was sanctioned by the European Union in ${2015 + Math.floor(rand() * 10)}.`,
  () => `The administration accused him of supporting armed groups, allegations the ${pick(DEMONYMS)} leader strongly denied.`,
  () => `${cap(pick(COUNTRIES))}, ${pick(COUNTRIES)}, and ${pick(COUNTRIES)} have distanced themselves from the ${pick(DEMONYMS)} strikes on boats in the Caribbean.`,
  () => `"We have observed with concern the military operations in the region, because they violate international law," ${pick(NAMES)} said.`,
  () => `According to a report, ${pick(COUNTRIES)} suspended intelligence sharing with ${pick(COUNTRIES)} last week.`,
  () => `The ${pick(DEMONYMS)} military claimed that the attack on the rebel camp killed ${2 + Math.floor(rand() * 30)} fighters.`,
  () => `${cap(pick(COUNTRIES))} and ${pick(COUNTRIES)} are long-time military partners, officials said.`,
  () => `Analysts said the decision could affect trade, shipping and energy prices for months to come.`,
  () => `Talks between the two governments are expected to resume in ${pick(['March', 'June', 'October'])} ${2024 + Math.floor(rand() * 2)}.`,
  () => `Residents described long queues at petrol stations and rising food prices in the capital.`,
];
function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
function article(): string {
  const paragraphs: string[] = ['Officials Trade Accusations as Tensions Rise'];
  let words = 0;
  while (words < WORDS) {
    const p = [pick(TEMPLATES)(), pick(TEMPLATES)()].join(' ');
    words += p.split(/\s+/).length;
    paragraphs.push(p);
  }
  return paragraphs.join('\n\n');
}

const corpus = Array.from({ length: ARTICLES }, article);
const registry = loadEntityRegistry(PROJECT_ROOT);
const context = { registry, knownEntities: registry.entities };
const loadStart = performance.now();
const extractor = await createExtractor(values.extractor as ExtractorName, loadConfig(process.env));
const loadMs = performance.now() - loadStart;
for (const text of corpus.slice(0, 20)) await extractor.extract({ text }, context); // warm-up (JIT, compromise lexicon, spaCy caches)

const latencies: number[] = [];
let facts = 0;
const t0 = performance.now();
for (const text of corpus) {
  const a = performance.now();
  facts += (await extractor.extract({ text }, context)).facts.length;
  latencies.push(performance.now() - a);
}
const total = performance.now() - t0;
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
const avgWords = Math.round(corpus.reduce((n, t) => n + t.split(/\s+/).length, 0) / corpus.length);
const table = new Table({ head: ['articles', 'avg words', 'articles/s', 'mean ms', 'p50 ms', 'p95 ms', 'max ms', 'facts/article'] });
table.push([ARTICLES, avgWords, (ARTICLES / (total / 1000)).toFixed(1), (total / ARTICLES).toFixed(1), q(0.5).toFixed(1), q(0.95).toFixed(1), latencies[latencies.length - 1]!.toFixed(1), (facts / ARTICLES).toFixed(1)]);
await extractor.close?.();
process.stdout.write(`extractor ${extractor.name} ${extractor.version} (load ${(loadMs / 1000).toFixed(1)} s), Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (one core), load average ${os.loadavg()[0]!.toFixed(1)}\n${table.toString()}\n`);
