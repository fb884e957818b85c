import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, localNeo4jStatus, startLocalNeo4j } from '../../src/local-neo4j/localNeo4j.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';

describe('a local Neo4j that is not ready in time', () => {
  it('fails with the tail of its log and leaves nothing running', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-slow-'));
    try {
      const error = await startLocalNeo4j({
        rootDir: PROJECT_ROOT,
        home,
        port: await freePort(),
        heapMb: 256,
        pageCacheMb: 32,
        readyTimeoutMs: 300,
      }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^the local Neo4j was not ready within 0.3s; last log lines:/);
      const status = localNeo4jStatus(home);
      expect(status.running).toBe(false);
      expect(fs.existsSync(path.join(home, 'neo4j.pid'))).toBe(false);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('fails when the JVM cannot start, showing its output', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bad-'));
    try {
      // A heap smaller than the initial size makes the JVM refuse to start at once.
      const error = await startLocalNeo4j({ rootDir: PROJECT_ROOT, home, port: await freePort(), heapMb: 1, pageCacheMb: 32, readyTimeoutMs: 60_000 }).catch(
        (e: Error) => e,
      );
      expect((error as Error).message).toMatch(/^the local Neo4j exited with code \d+; last log lines:\n/);
      expect((error as Error).message).toMatch(/heap/i);
      expect(localNeo4jStatus(home).running).toBe(false);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
