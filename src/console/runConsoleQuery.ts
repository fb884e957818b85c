import { Result, type ResultSummary } from 'neo4j-driver';
import type { Graph, Tx } from '../graph/Graph.ts';
import { ForbiddenError, InvalidInputError, TimeoutError } from '../errors/AppError.ts';
import { classifyPlan } from './classifyPlan.ts';
import { markSyntaxError } from './markSyntaxError.ts';
import { stripCypherLiterals } from './stripCypherLiterals.ts';

/** How the console runs one statement. */
export interface ConsoleOptions {
  params?: Record<string, unknown>;
  /** Allow statements that write (data, schema, LOAD CSV); default read-only. */
  write?: boolean;
  /** Row cap; rows past it are not fetched and the result says it was cut. */
  limit?: number;
  /** Transaction timeout in ms; default the configured query timeout. */
  timeoutMs?: number;
}

/** One statement's outcome: raw driver values per row (formatted later), plus what happened. */
export interface ConsoleResult {
  columns: string[];
  records: Record<string, unknown>[];
  truncated: boolean;
  limit: number;
  queryType: string;
  /** Write counters (nodesCreated, propertiesSet...); all zero for reads. */
  updates: Record<string, number>;
  elapsedMs: number;
}

/** The default row cap of the console. */
export const DEFAULT_ROW_LIMIT = 1000;

const EXPLAIN = 'EXPLAIN ';

/**
 * Runs one ad-hoc statement safely: EXPLAIN it in a read transaction, refuse it unless Neo4j
 * calls the plan read-only (or `write` is set), then run it in a read (or write) transaction
 * with a timeout, fetching at most `limit` rows.
 */
export async function runConsoleQuery(graph: Graph, query: string, options: ConsoleOptions = {}): Promise<ConsoleResult> {
  const text = query.trim().replace(/;\s*$/, '').trim();
  if (!text) throw new InvalidInputError('no Cypher statement given');
  if (/;\s*\S/.test(stripCypherLiterals(text))) {
    throw new InvalidInputError('one statement at a time: the text has more than one ";"-separated statement');
  }
  const params = options.params ?? {};
  const limit = options.limit ?? DEFAULT_ROW_LIMIT;
  const started = Date.now();

  // A statement that is already EXPLAIN/PROFILE is checked without that keyword.
  const checked = text.replace(/^(EXPLAIN|PROFILE)\s+/i, '');
  const prefix = EXPLAIN.length - (text.length - checked.length);
  const summary = await withMarkedErrors(text, prefix, options.timeoutMs, () =>
    graph.read(async (tx) => (await tx.run(EXPLAIN + checked, params)).summary, { timeoutMs: options.timeoutMs }),
  );
  const verdict = classifyPlan(summary.queryType, planOperators(summary));
  if (verdict.kind === 'impossible') {
    throw new ForbiddenError(
      options.write
        ? `cannot run this statement: ${verdict.reason}; run it with cypher-shell or another Bolt client (see "Connect a Bolt client" in the README)`
        : `refused: ${verdict.reason}`,
    );
  }
  if (verdict.kind === 'write' && !options.write) {
    throw new ForbiddenError(`refused: ${verdict.reason}; the console is read-only unless you allow writes (--write, or :write in the shell)`);
  }

  const writes = verdict.kind === 'write';
  const work = (tx: Tx) => fetchRows(tx, text, params, limit, writes);
  const run = writes ? graph.write.bind(graph) : graph.read.bind(graph);
  const fetched = await withMarkedErrors(text, 0, options.timeoutMs, () => run(work, { timeoutMs: options.timeoutMs }));
  return { ...fetched, limit, queryType: summary.queryType ?? 'r', elapsedMs: Date.now() - started };
}

// A read stops pulling rows at the cap; a write is consumed to the end (so its counters are
// complete) but keeps only `limit` rows.
async function fetchRows(tx: Tx, text: string, params: Record<string, unknown>, limit: number, writes: boolean) {
  // Tx.run hands back the driver's Result (typed as its promise); iterating it lets us stop
  // pulling rows at the cap instead of loading a whole large result.
  const result = tx.run(text, params) as unknown as Result;
  if (!(result instanceof Result)) throw new Error('Graph.Tx.run did not return a neo4j-driver Result');
  const records: Record<string, unknown>[] = [];
  let truncated = false;
  for await (const record of result) {
    if (records.length < limit) {
      records.push(record.toObject());
    } else {
      truncated = true;
      if (!writes) break;
    }
  }
  const columns = [...(await result.keys())];
  const updates = truncated && !writes ? {} : ((await result.summary()).counters.updates() as unknown as Record<string, number>);
  return { columns, records, truncated, updates };
}

async function withMarkedErrors<T>(text: string, prefix: number, timeoutMs: number | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TimeoutError && timeoutMs !== undefined) {
      throw new TimeoutError(`the query ran past its time limit of ${timeoutMs} ms and was stopped`, { cause: error });
    }
    throw markSyntaxError(error, text, prefix);
  }
}

function planOperators(summary: ResultSummary): string[] {
  const ops: string[] = [];
  const walk = (plan: unknown) => {
    if (!plan || typeof plan !== 'object') return;
    const p = plan as { operatorType?: string; children?: unknown[] };
    if (p.operatorType) ops.push(p.operatorType);
    for (const child of p.children ?? []) walk(child);
  };
  walk(summary.plan);
  return ops;
}
