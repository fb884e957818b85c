import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { freePort, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/localNeo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** True when the run uses a Neo4j it started itself (not NEO4J_URI). */
    localNeo4j: boolean;
  }
}

/**
 * Starts one throwaway local Neo4j for the whole run (free port, temporary data folder,
 * removed afterwards), unless NEO4J_URI points at a server to use instead.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.neo4j.uri) {
    project.provide('neo4jUri', config.neo4j.uri);
    project.provide('localNeo4j', false);
    return;
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-'));
  const port = await freePort();
  const t0 = Date.now();
  await startLocalNeo4j({
    rootDir: PROJECT_ROOT,
    home,
    port,
    heapMb: 1024,
    pageCacheMb: 256,
    readyTimeoutMs: 180_000,
    log: (line) => console.log(`[test neo4j] ${line}`),
  });
  console.log(`[test neo4j] ready on bolt://127.0.0.1:${port} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  project.provide('neo4jUri', `bolt://127.0.0.1:${port}`);
  project.provide('localNeo4j', true);
  return async () => {
    await stopLocalNeo4j(home, { timeoutMs: 30_000 });
    fs.rmSync(home, { recursive: true, force: true });
  };
}
