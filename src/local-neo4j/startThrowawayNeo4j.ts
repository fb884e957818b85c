import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLocalPassword } from '../config/localCredentials.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from './localNeo4j.ts';

/** A Neo4j started for one run (the test suite, a benchmark) in a temporary folder. */
export interface ThrowawayNeo4j {
  uri: string;
  /** User `neo4j` and its generated password (auth is on like every local Neo4j). */
  user: string;
  password: string;
  home: string;
  /** Seconds from spawn to ready. */
  startSeconds: number;
  /** Stops it and deletes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts a local Neo4j on a free port with a temporary data folder, for tests and benchmarks.
 * Pass `password` as NEO4J_PASSWORD (with `uri` as NEO4J_URI) to whatever talks to it.
 */
export async function startThrowawayNeo4j(options: {
  rootDir: string;
  prefix?: string;
  heapMb?: number;
  pageCacheMb?: number;
  java?: string;
  log?: (line: string) => void;
}): Promise<ThrowawayNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix ?? 'newsgraph-throwaway-'));
  const port = await freePort();
  const t0 = Date.now();
  try {
    await startLocalNeo4j({
      rootDir: options.rootDir,
      home,
      port,
      heapMb: options.heapMb ?? 1024,
      pageCacheMb: options.pageCacheMb ?? 256,
      readyTimeoutMs: 180_000,
      java: options.java,
      log: options.log,
    });
  } catch (error) {
    fs.rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: readLocalPassword(home)!,
    home,
    startSeconds: (Date.now() - t0) / 1000,
    stop: async () => {
      await stopLocalNeo4j(home, { timeoutMs: 30_000 });
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
