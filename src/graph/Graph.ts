import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { boltUri, type ChangeLogRetention, type Config } from '../config/loadConfig.ts';
import { redactUri } from '../config/redactUri.ts';
import { GraphUnavailableError } from '../errors/AppError.ts';
import { mapNeo4jError, meansUnreachable } from './mapNeo4jError.ts';
import { toPlainInPlace } from './toPlain.ts';
import { loadCypherRegistry, type CypherRegistry } from './cypherRegistry.ts';

/**
 * How long transient errors are retried (deadlocks between concurrent writers, leader
 * switches): the driver's own default. A Neo4j that is down is not waited for: a failed probe
 * ends the retries at once.
 */
const RETRY_MS = 30_000;

/** What transaction functions receive: run a statement inside the current transaction. */
export interface Tx {
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
  /** Runs a statement and returns its records as plain objects (see toPlain). */
  rows<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** Called for every statement sent; tests use it to count round trips. */
export type StatementListener = (cypher: string, params: Record<string, unknown>) => void;

export interface TxOptions {
  /** Transaction timeout in ms; defaults to the configured query timeout. */
  timeoutMs?: number;
}

/**
 * The one path to the database. Reads go through `executeRead`, writes through
 * `executeWrite` (they route on clusters and retry transient failures, so work functions
 * must be idempotent), a single compiled read (runStatement) through an auto-commit read
 * session; sessions are closed in `finally`; driver errors are mapped once.
 */
export class Graph {
  readonly driver: Driver;
  readonly uri: string;
  readonly database: string | undefined;
  readonly cypher: CypherRegistry;
  /** What the change log keeps; every write that records a change prunes beyond it (recordChange.ts). */
  readonly changeLog: ChangeLogRetention;
  private readonly timeoutMs: number;
  private readonly listeners = new Set<StatementListener>();
  /** Readiness flag: false after Neo4j was found unreachable, until a probe reaches it again. */
  private reachable = true;
  private unreachableError: GraphUnavailableError | undefined;
  private probe: Promise<void> | undefined;
  private lastProbeAt = 0;

  constructor(driver: Driver, options: { uri: string; database?: string; timeoutMs: number; cypher: CypherRegistry; changeLog: ChangeLogRetention }) {
    this.driver = driver;
    // Whatever shows this URI (banner, /ready, { database { uri } }, errors) never shows credentials.
    this.uri = redactUri(options.uri);
    this.database = options.database;
    this.timeoutMs = options.timeoutMs;
    this.cypher = options.cypher;
    this.changeLog = options.changeLog;
  }

  /** Runs `work` in a read transaction. */
  async read<T>(work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.transaction('READ', work, options);
  }

  /** Runs `work` in a write transaction (one commit; a thrown error rolls everything back). */
  async write<T>(work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.transaction('WRITE', work, options);
  }

  /**
   * One read statement from the registry, by key (`api/database-info`): feature code names
   * its statements, it never writes Cypher text here. Throws on anything but a known key.
   */
  async readQuery<T = Record<string, unknown>>(key: string, params: Record<string, unknown> = {}, options?: TxOptions): Promise<T[]> {
    const text = this.cypher.get(registryKey(key));
    return this.read((tx) => tx.rows<T>(text, params), options);
  }

  /** One write statement from the registry, by key (see readQuery). */
  async writeQuery<T = Record<string, unknown>>(key: string, params: Record<string, unknown> = {}, options?: TxOptions): Promise<T[]> {
    const text = this.cypher.get(registryKey(key));
    return this.write((tx) => tx.rows<T>(text, params), options);
  }

  /**
   * Cypher text as given, explicitly: for the console, migrations, tests and benchmarks. API
   * statements are compiled (runStatement); everything else is a registry key (readQuery).
   */
  async runText<T = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}, options: TxOptions & { write?: boolean } = {}): Promise<T[]> {
    const work = (tx: Tx) => tx.rows<T>(text, params);
    return options.write ? this.write(work, options) : this.read(work, options);
  }

  /**
   * One compiled read statement (src/api/compile builds them: text from the compiler, values as
   * parameters), sent as an auto-commit read: one round trip (RUN + PULL) where a transaction
   * function needs a second for its COMMIT (BEGIN is pipelined): 5.8 against 9.7 ms for a
   * 50-hit search at load average 13. A single read has nothing to roll back, and it is
   * retried like a transaction.
   */
  async runStatement<T = Record<string, unknown>>(statement: { text: string; params: Record<string, unknown> }, options: TxOptions = {}): Promise<T[]> {
    return this.retrying(() => this.autoCommitRead<T>(statement.text, statement.params, options));
  }

  /** Subscribes to every statement sent; returns the unsubscribe function. */
  onStatement(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Checks that the server answers and accepts the credentials; sets the readiness flag. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : undefined);
      this.reachable = true;
    } catch (error) {
      throw this.noteFailure(mapNeo4jError(error, this.uri));
    }
  }

  /** The readiness flag: false once Neo4j was found unreachable, until it answers again. */
  get isReachable(): boolean {
    return this.reachable;
  }

  /**
   * While the readiness flag is down, transactions fail at once with DATABASE_UNAVAILABLE
   * instead of waiting for the driver's retries; at most one probe every 250 ms checks
   * whether Neo4j is back.
   */
  private async ensureReachable(): Promise<void> {
    if (this.reachable) return;
    if (!this.probe && Date.now() - this.lastProbeAt >= 250) {
      this.lastProbeAt = Date.now();
      this.probe = this.verify()
        .catch(() => {})
        .finally(() => (this.probe = undefined));
    }
    if (this.probe) await this.probe;
    if (!this.reachable) throw this.unreachableError ?? new GraphUnavailableError(`Neo4j at ${this.uri} is not reachable`);
  }

  private noteFailure<E>(error: E): E {
    if (error instanceof GraphUnavailableError && meansUnreachable(error)) {
      this.reachable = false;
      this.unreachableError = error;
    }
    return error;
  }

  /** Closes the driver and its connection pool. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * One transaction function, retried here rather than by the driver: transient errors
   * (deadlocks, a leader switch) are retried with backoff for up to RETRY_MS, but when the
   * server does not answer a probe the readiness flag goes down and the caller hears
   * DATABASE_UNAVAILABLE at once instead of after seconds of retries. The memory guard's
   * errors are not retried: the same query would need the same memory.
   */
  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, options: TxOptions): Promise<T> {
    return this.retrying(() => this.transactionOnce(mode, work, options));
  }

  /** Runs `once` with the retries described at transaction(). */
  private async retrying<T>(once: () => Promise<T>): Promise<T> {
    await this.ensureReachable();
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (error) {
        const mapped = mapNeo4jError(error, this.uri);
        const transient = error instanceof Neo4jError && Neo4jError.isRetryable(error) && mapped.code !== 'MEMORY_LIMIT_EXCEEDED';
        if (!transient || Date.now() - started > RETRY_MS || !(await this.answersProbe())) throw this.noteFailure(mapped);
        // Jitter, so writers that deadlocked on each other do not retry in lockstep.
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 1000) * (0.5 + Math.random())));
      }
    }
  }

  /** True when Neo4j answers now (a quick connectivity check); false puts the readiness flag down. */
  private async answersProbe(): Promise<boolean> {
    try {
      await this.verify();
      return true;
    } catch {
      return false;
    }
  }

  private async transactionOnce<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, options: TxOptions): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: options.timeoutMs ?? this.timeoutMs };
    try {
      const fn = (mtx: ManagedTransaction) => work(this.wrap(mtx));
      return mode === 'READ' ? await session.executeRead(fn, config) : await session.executeWrite(fn, config);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** One statement as an auto-commit read transaction (the session's own RUN, no BEGIN / COMMIT). */
  private async autoCommitRead<T>(cypher: string, params: Record<string, unknown>, options: TxOptions): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const listener of this.listeners) listener(cypher, params);
      const result = await withoutCallSiteStack(() => session.run(cypher, params, { timeout: options.timeoutMs ?? this.timeoutMs }));
      return result.records.map((r) => toPlainInPlace(r.toObject()) as T);
    } finally {
      await session.close().catch(() => {});
    }
  }

  private wrap(mtx: ManagedTransaction): Tx {
    const run = (cypher: string, params: Record<string, unknown> = {}) => {
      for (const listener of this.listeners) listener(cypher, params);
      return withoutCallSiteStack(() => mtx.run(cypher, params));
    };
    return {
      run,
      rows: async <T>(cypher: string, params: Record<string, unknown> = {}) => {
        const result = await run(cypher, params);
        return result.records.map((r) => toPlainInPlace(r.toObject()) as T);
      },
    };
  }
}

/**
 * Calls `start` (a driver call that creates a Result) with stack capture off. neo4j-driver
 * captures and formats a stack trace for every Result it creates, only to graft it onto a
 * failure later; under tsx every frame is looked up in a source map. In a side-by-side
 * harness on 100,000 articles that was 0.25 ms of each statement in `newsgraph serve` and
 * 0.4 ms in the benchmark process; bench/fixedCost.ts's row for it shows no difference, so
 * the size is uncertain. Driver errors are mapped to AppErrors (mapNeo4jError) that say what
 * failed, so the call site's frames add nothing.
 */
export function withoutCallSiteStack<R>(start: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `area/name` of a registry statement; Cypher text is refused (use runText where text is meant). */
function registryKey(key: string): string {
  if (!/^[\w-]+\/[\w-]+$/.test(key)) throw new Error(`readQuery / writeQuery take a registry key like "api/database-info", not Cypher text (got ${JSON.stringify(key.slice(0, 40))}); use runText for the console, migrations and tests`);
  return key;
}

/**
 * Opens a driver for the configured (or local) Neo4j and loads the Cypher registry. The local
 * Neo4j's credentials are the generated ones from the state folder (see loadConfig).
 */
export function openGraph(config: Config): Graph {
  const uri = boltUri(config);
  const auth = config.neo4j.password !== undefined ? neo4j.auth.basic(config.neo4j.user, config.neo4j.password) : undefined;
  const driver = neo4j.driver(uri, auth, {
    connectionAcquisitionTimeout: config.neo4j.acquisitionTimeoutMs,
    connectionTimeout: config.neo4j.connectTimeoutMs,
    // Graph.transaction retries itself (and fails fast when Neo4j is down).
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  return new Graph(driver, {
    uri,
    database: config.neo4j.database,
    timeoutMs: config.queryTimeoutMs,
    cypher: loadCypherRegistry(config.rootDir),
    changeLog: config.changeLog,
  });
}
