/** Latency and throughput measurement: medians of repeated runs after a warm-up, bounded in time. */
import http from 'node:http';
import { Agent, request } from 'undici';

export interface Timing {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  /** Requests per second with `concurrency` callers in parallel. */
  throughput: number;
  concurrency: number;
  /** Requests per second at each of MeasureOptions.concurrencyLevels (when measured), keyed by the level. */
  throughputAt?: Record<string, number>;
  errors: number;
  /** First error message, when a side failed. */
  error?: string;
}

export interface MeasureOptions {
  warmup: number;
  /** Sequential runs (stops early at maxMs). */
  runs: number;
  maxMs: number;
  /** Throughput phase: callers in parallel, for throughputMs. */
  concurrency: number;
  throughputMs: number;
  /** Extra throughput runs at these concurrency levels, for queries marked `scaling` (e.g. 1, 8, 32). */
  concurrencyLevels?: number[];
}

/** Percentile of sorted numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Runs `call` after a warm-up: sequential latencies (p50, p95), then parallel throughput.
 * Bounded in time: warm-up stops after maxMs / 2, sequential runs after maxMs (at least one
 * run); the throughput window stretches to three p50s for slow queries, and a query whose
 * p50 is over SLOW_FACTOR windows gets no throughput figure (NaN) rather than stalling the
 * whole benchmark.
 */
export async function measure(call: () => Promise<unknown>, o: MeasureOptions, levels?: number[]): Promise<Timing> {
  return (await measureSideBySide([call], o, levels))[0]!;
}

/**
 * measure() for several sides of one comparison (API, floor, @neo4j/graphql): the sequential
 * runs alternate between the sides request by request, so a load spike on this shared
 * machine lands on all of them instead of on whichever was being timed; warm-up and
 * throughput stay per side.
 */
export async function measureSideBySide(calls: (() => Promise<unknown>)[], o: MeasureOptions, levels?: number[]): Promise<Timing[]> {
  const sides = calls.map((call) => {
    const side = { errors: 0, error: undefined as string | undefined, warmFailed: false, times: [] as number[], attempts: 0, spent: 0, safe: async () => true };
    side.safe = async () => {
      try {
        await call();
        return true;
      } catch (e) {
        side.errors++;
        side.error ??= (e as Error).message.slice(0, 300);
        return false;
      }
    };
    return side;
  });
  for (const side of sides) {
    const warm = performance.now();
    for (let i = 0; i < o.warmup && performance.now() - warm < o.maxMs / 2; i++) {
      if (!(await side.safe())) {
        side.warmFailed = true;
        break;
      }
    }
  }
  const running = () => sides.filter((s) => !s.warmFailed && s.attempts < o.runs && (s.attempts < 1 || s.spent < o.maxMs));
  for (let active = running(); active.length; active = running()) {
    for (const side of active) {
      side.attempts++;
      const t = performance.now();
      // A failed (timed-out) call is an error, not a latency.
      const ok = await side.safe();
      side.spent += performance.now() - t;
      if (ok) side.times.push(performance.now() - t);
    }
  }
  const out: Timing[] = [];
  for (const { errors, error, times, safe } of sides) {
    if (!times.length) {
      out.push({ runs: 0, p50Ms: NaN, p95Ms: NaN, throughput: NaN, concurrency: o.concurrency, errors, error });
      continue;
    }
    times.sort((a, b) => a - b);
    const p50Ms = percentile(times, 50);
    const slow = p50Ms >= o.throughputMs * SLOW_FACTOR;
    // A window of at least three requests per caller: a 2 s query still gets a figure.
    const window = Math.max(o.throughputMs, 3 * p50Ms);
    const throughput = slow ? NaN : await requestsPerSecond(safe, o.concurrency, window);
    let throughputAt: Record<string, number> | undefined;
    if (levels?.length) {
      throughputAt = {};
      for (const level of levels) throughputAt[level] = slow ? NaN : await requestsPerSecond(safe, level, window);
    }
    out.push({ runs: times.length, p50Ms, p95Ms: percentile(times, 95), throughput, ...(throughputAt ? { throughputAt } : {}), concurrency: o.concurrency, errors, error });
  }
  return out;
}

/**
 * A query whose p50 is at least this many throughput windows gets no throughput figure: it
 * would take minutes at c=32, and 32 callers of @neo4j/graphql's 2.6 s neighbourhood (10,000
 * articles) ran the benchmark's Neo4j (2 GB heap) out of memory. At 1.5 windows that query,
 * at 3.1 s before, had escaped the cut only by being faster.
 */
export const SLOW_FACTOR = 1;

/** Completed calls per second with `concurrency` callers in parallel for `ms`. */
async function requestsPerSecond(call: () => Promise<boolean>, concurrency: number, ms: number): Promise<number> {
  let done = 0;
  const until = performance.now() + ms;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) if (await call()) done++;
    }),
  );
  return done / ((performance.now() - t0) / 1000);
}

/** Longest a single benchmark request may take before it counts as an error. */
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * The benchmark's HTTP client: undici's request with a keep-alive pool, one connection per
 * caller kept open between requests. The same client serves the newsgraph API and
 * @neo4j/graphql. Against node:http with a keep-alive agent (nodeHttpGraphqlRequest) it was
 * 0.08 ms faster per request alternating the two against the API, and 0.14 ms slower among
 * bench/fixedCost.ts's fourteen sides: about even. Both cost 0.4-0.6 ms less than fetch()
 * with AbortSignal.timeout. Client time is charged to both GraphQL sides but not to the
 * floor, which talks Bolt from this process.
 */
const dispatcher = new Agent({ connections: 64, pipelining: 1, headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS });

/** POSTs a GraphQL document; throws on HTTP errors and on GraphQL errors. */
export async function graphqlRequest(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await request(url, { method: 'POST', dispatcher, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return graphqlData(response.statusCode, await response.body.text());
}

/** The `data` of a GraphQL answer; throws on a non-2xx status and on GraphQL errors. */
function graphqlData(status: number, text: string): unknown {
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (status < 200 || status >= 300 || body.errors?.length) throw new Error(`HTTP ${status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data;
}

/** The previous client (node:http with a keep-alive agent), kept for bench/fixedCost.ts's comparison. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function nodeHttpGraphqlRequest(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  return post(url, JSON.stringify({ query, variables }), true);
}

function post(url: string, payload: string, mayRetry: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve(graphqlData(response.statusCode!, Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed just as it was reused: send once more on a new one (Node's documented pattern).
      if (mayRetry && request.reusedSocket && error.code === 'ECONNRESET') post(url, payload, false).then(resolve, reject);
      else reject(error);
    });
    request.end(payload);
  });
}

/** The client before that (fetch with a timeout signal), kept for bench/fixedCost.ts's comparison. */
export async function fetchGraphqlRequest(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data;
}
