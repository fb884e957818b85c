/** The Markdown report of a benchmark run (bench/results/bench.md). */
import type { BenchResult } from './benchResult.ts';
import { SLOW_FACTOR, type Timing } from './measure.ts';

// Numbers may come back from bench.json, where NaN was written as null.
const num = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const ms = (t: Timing | null) => (!t ? 'n/a' : num(t.p50Ms) && t.runs ? fmt(t.p50Ms) : 'error');
const p95 = (t: Timing | null) => (t && t.runs && num(t.p95Ms) ? ` / ${fmt(t.p95Ms)}` : '');
const rps = (t: Timing | null) => (!t || !t.runs ? 'n/a' : num(t.throughput) ? t.throughput.toFixed(t.throughput < 10 ? 1 : 0) : 'slow');
const ratio = (a: Timing | null, b: Timing | null) => (a?.runs && b?.runs && num(a.p50Ms) && num(b.p50Ms) ? `${(a.p50Ms / b.p50Ms).toFixed(2)}x` : 'n/a');

/** Renders the result as Markdown tables: machine, ingestion rates, then one table per graph size. */
export function renderBenchMarkdown(r: BenchResult): string {
  const lines = [
    '# newsgraph benchmark',
    '',
    `Run ${r.startedAt}, ${r.totalSeconds.toFixed(0)} s in all. Machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB memory, Node ${r.machine.node}; load average at start ${r.machine.loadAverageAtStart.join(' / ')} (the machine is shared: absolute numbers are noisy, the ratios less so).`,
    `Neo4j: ${r.neo4j.uri}${r.neo4j.startSeconds !== null ? ` (throwaway Neo4j 5.26, started in ${r.neo4j.startSeconds.toFixed(1)} s)` : ''}.`,
    `Timings: ${r.method}.`,
    '',
    '## Ingestion',
    '',
    '| loader | facts | seconds | facts/s | note |',
    '| --- | ---: | ---: | ---: | --- |',
    ...r.ingestion.map((x) => `| ${x.name} | ${x.facts} | ${x.seconds.toFixed(1)} | ${x.factsPerSecond.toFixed(0)} | ${x.note ?? ''} |`),
    '',
    `## Dashboard queries`,
    '',
    'p50 / p95 latency in ms, throughput in requests/s. API = newsgraph GraphQL over HTTP; Cypher = the same traversal hand-written, neo4j-driver alone from the benchmark process (the floor); @neo4j/graphql = v7 over the same database, over HTTP, where it can express the query. Ratios are p50 / p50, each against the floor timed in the same group.',
    '',
    'Two groups per query. **newsgraph serve**: the API in its own process, as `npm start` runs it, alternating with the floor (what a dashboard sees: it includes the hop to another process). **In the benchmark process**: the same API (startServer, its own driver) alternating with the floor and @neo4j/graphql, which runs in the benchmark process too: the same conditions for both GraphQL servers, and the API\'s own overhead over the floor without the process hop.',
  ];
  for (const size of r.sizes) {
    lines.push(
      '',
      `### ${size.articles} articles (${size.facts} facts, ${size.entities} entities; loaded in ${size.loadSeconds.toFixed(0)} s)`,
      '',
      '| query | serve p50 / p95 | serve req/s | Cypher p50 / p95 | serve / Cypher | API in-process p50 / p95 | in-process req/s | Cypher p50 / p95 | @neo4j/graphql p50 / p95 | @neo4j/graphql req/s | in-process / Cypher | in-process / @neo4j/graphql |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...size.queries.map(
        (q) =>
          `| ${q.name}${q.neo4jGraphqlNote ? ' †' : ''} | ${ms(q.api)}${p95(q.api)} | ${rps(q.api)} | ${ms(q.cypher)}${p95(q.cypher)} | ${ratio(q.api, q.cypher)} | ${ms(q.apiInProcess)}${p95(q.apiInProcess)} | ${rps(q.apiInProcess)} | ${ms(q.cypherInProcess)}${p95(q.cypherInProcess)} | ${ms(q.neo4jGraphql)}${p95(q.neo4jGraphql)} | ${rps(q.neo4jGraphql)} | ${ratio(q.apiInProcess, q.cypherInProcess)} | ${ratio(q.apiInProcess, q.neo4jGraphql)} |`,
      ),
    );
    const scaling = size.queries.filter((q) => q.api.throughputAt);
    if (scaling.length) {
      const levels = Object.keys(scaling[0]!.api.throughputAt!);
      const at = (t: Timing | null) => levels.map((l) => (!t?.throughputAt ? 'n/a' : num(t.throughputAt[l]) ? t.throughputAt[l]!.toFixed(t.throughputAt[l]! < 10 ? 1 : 0) : 'slow')).join(' / ');
      lines.push(
        '',
        `Requests/s at ${levels.join(' / ')} concurrent callers:`,
        '',
        '| query | newsgraph serve | API in-process | @neo4j/graphql | Cypher |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...scaling.map((q) => `| ${q.name}${q.neo4jGraphqlNote ? ' †' : ''} | ${at(q.api)} | ${at(q.apiInProcess)} | ${at(q.neo4jGraphql)} | ${at(q.cypher)} |`),
      );
    }
    const sides = (q: (typeof size.queries)[number]) => [['newsgraph serve', q.api], ['Cypher', q.cypher], ['API in-process', q.apiInProcess], ['Cypher beside it', q.cypherInProcess], ['@neo4j/graphql', q.neo4jGraphql]] as const;
    const errors = size.queries.flatMap((q) => sides(q).filter(([, t]) => t?.error).map(([side, t]) => `${q.name} (${side}, ${t!.errors} failed calls): ${t!.error}`));
    if (errors.length) lines.push('', ...errors.map((e) => `- error: ${e}`));
  }
  const notes = r.sizes[0]?.queries.filter((q) => q.neo4jGraphqlNote).map((q) => `- † ${q.name}: @neo4j/graphql answers part of it: ${q.neo4jGraphqlNote}.`) ?? [];
  lines.push(
    '',
    ...notes,
    '- n/a for @neo4j/graphql: it has no path or bounded-subgraph query (shortestPath, subgraph).',
    `- "slow": p50 of at least ${SLOW_FACTOR} throughput window${SLOW_FACTOR === 1 ? '' : 's'}, so no throughput was measured (slower queries get a window of three p50s); "error": the side failed (message below its table); single requests time out after 60 s.`,
    ...(r.sizeNote ? [`- ${r.sizeNote}.`] : []),
    '',
    '## API process',
    '',
    `- peak memory (VmHWM of \`newsgraph serve\` after all sizes): ${r.api.peakRssMiB ?? 'n/a'} MiB`,
    `- cold start of \`npm start\` over the running Neo4j (spawn to "newsgraph is up"): ${r.api.coldStartSeconds?.toFixed(1) ?? 'n/a'} s`,
    '',
  );
  return lines.join('\n');
}
