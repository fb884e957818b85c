import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { readLocalPassword } from '../../src/config/localCredentials.ts';
import { launcherDir } from '../../src/local-neo4j/ensureLauncherBuilt.ts';
import { freePort, localPaths, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/localNeo4j.ts';

/** Runs the pre-auth launcher (a test fixture) on `dataDir` until its ready line; returns a stop function. */
async function startLegacy(dataDir: string, port: number): Promise<() => Promise<void>> {
  const lib = path.join(launcherDir(PROJECT_ROOT), 'target', 'lib', '*');
  const source = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'legacy-neo4j', 'LegacyLocalNeo4j.java');
  const child = spawn('java', ['-Xmx384m', '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '-cp', lib, source, dataDir, String(port), '64']);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 180_000;
  while (!out.includes('NEO4J READY')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`legacy Neo4j did not start:\n${out.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return async () => {
    child.kill('SIGTERM');
    await exited;
  };
}

// A data folder created by an older newsgraph (auth off) keeps its data when the new launcher,
// with auth on, starts on it; afterwards only the generated password gets in.
describe('migrating an auth-off data folder', { timeout: 600_000 }, () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-auth-migration-'));
  afterAll(async () => {
    await stopLocalNeo4j(home, { timeoutMs: 20_000 });
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('keeps every node and needs the generated password afterwards', async () => {
    const port = await freePort();
    const stopLegacy = await startLegacy(localPaths(home).dataDir, port);
    const open = neo4j.driver(`bolt://127.0.0.1:${port}`);
    try {
      await open.executeQuery('UNWIND range(1, 250) AS i CREATE (:Probe {n: i})');
    } finally {
      await open.close();
      await stopLegacy();
    }
    expect(readLocalPassword(home)).toBeUndefined();

    await startLocalNeo4j({ rootDir: PROJECT_ROOT, home, port, heapMb: 512, pageCacheMb: 64, readyTimeoutMs: 180_000 });
    const password = readLocalPassword(home)!;
    expect(fs.statSync(localPaths(home).passwordFile).mode & 0o777).toBe(0o600);

    const anonymous = neo4j.driver(`bolt://127.0.0.1:${port}`);
    try {
      await expect(anonymous.executeQuery('MATCH (n) RETURN count(n)')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await anonymous.close();
    }
    // The default password of a fresh system database does not get in either.
    const defaults = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'neo4j'));
    try {
      await expect(defaults.executeQuery('MATCH (n) RETURN count(n)')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await defaults.close();
    }
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password));
    try {
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN count(p) AS n, sum(p.n) AS total');
      expect(records[0]!.get('n').toNumber()).toBe(250);
      expect(records[0]!.get('total').toNumber()).toBe((250 * 251) / 2);
    } finally {
      await driver.close();
    }

    // A restart with the same password (nothing to change) works too.
    await stopLocalNeo4j(home, { timeoutMs: 30_000 });
    await startLocalNeo4j({ rootDir: PROJECT_ROOT, home, port, heapMb: 512, pageCacheMb: 64, readyTimeoutMs: 180_000 });
    const again = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password));
    try {
      const { records } = await again.executeQuery('MATCH (p:Probe) RETURN count(p) AS n');
      expect(records[0]!.get('n').toNumber()).toBe(250);
    } finally {
      await again.close();
    }
  });
});
