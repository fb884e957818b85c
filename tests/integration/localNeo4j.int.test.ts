import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { freePort, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, localPaths } from '../../src/local-neo4j/localNeo4j.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { localPasswordFile, readLocalPassword } from '../../src/config/localCredentials.ts';
import { EnvironmentError } from '../../src/errors/AppError.ts';
import { runCli } from '../support/runCli.ts';

// Its own Neo4j in its own folder: start, stop, status, restart, crash recovery, busy port.
// Starting and stopping a JVM is slow on a loaded 2-core machine: generous per-test timeouts.
describe('the local Neo4j launcher', { timeout: 240_000 }, () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-local-'));
  let port = 0;
  const options = () => ({ rootDir: PROJECT_ROOT, home, port, heapMb: 512, pageCacheMb: 64, readyTimeoutMs: 180_000 });
  const env = () => ({ NEWSGRAPH_HOME: home, NEWSGRAPH_NEO4J_PORT: String(port), NEO4J_URI: '' });

  const authed = () => neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', readLocalPassword(home)!));

  async function count(): Promise<number> {
    const driver = authed();
    try {
      const result = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS n');
      return result.records[0]!.get('n').toNumber();
    } finally {
      await driver.close();
    }
  }

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    await stopLocalNeo4j(home, { timeoutMs: 20_000 });
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('db start starts it, status reports it, and it answers over Bolt', async () => {
    const start = await runCli(['db', 'start', '--json'], { env: env() });
    expect(start.stderr).toBe('');
    expect(start.code).toBe(0);
    const started = JSON.parse(start.stdout);
    expect(started).toMatchObject({ running: true, uri: `bolt://127.0.0.1:${port}`, alreadyRunning: false });

    const status = await runCli(['db', 'status'], { env: env() });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`running (pid ${started.pid}) at bolt://127.0.0.1:${port}`);

    const driver = authed();
    await driver.executeQuery('CREATE (:Probe {n: 1})');
    await driver.close();
    expect(await count()).toBe(1);

    const again = await runCli(['db', 'start'], { env: env() });
    expect(again.stdout).toContain('already running');
  });

  it('has authentication on: the generated password is in a 0600 file, status says how to log in, no credentials are refused', async () => {
    const file = localPasswordFile(home);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = readLocalPassword(home)!;
    expect(password.length).toBeGreaterThanOrEqual(32);

    const status = await runCli(['db', 'status'], { env: env() });
    expect(status.stdout).toContain(`bolt://127.0.0.1:${port}, user neo4j, password in ${file} (mode 0600)`);
    expect(status.stdout).toContain(`cypher-shell -a bolt://127.0.0.1:${port} -u neo4j -p "$(cat ${file})"`);
    expect(status.stdout).not.toContain(password);
    expect(JSON.parse((await runCli(['db', 'status', '--json'], { env: env() })).stdout)).toMatchObject({ user: 'neo4j', passwordFile: file });

    for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', 'wrong-password')]) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, auth);
      try {
        await expect(driver.executeQuery('CREATE (:Pwned) RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      } finally {
        await driver.close();
      }
    }
    const driver = authed();
    try {
      const { records } = await driver.executeQuery('MATCH (n:Pwned) RETURN count(n) AS n');
      expect(records[0]!.get('n').toNumber()).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('refuses LOAD CSV from file URLs even with --write, and its import folder is an empty one of ours', async () => {
    const importDir = localPaths(home).importDir;
    expect(fs.readdirSync(importDir)).toEqual([]);
    for (const url of ['file:///etc/passwd', 'file:///../../../../etc/passwd', `file://${importDir}/x.csv`]) {
      const cli = await runCli(['cypher', '--write', `LOAD CSV FROM '${url}' AS row RETURN row LIMIT 1`], { env: env() });
      expect(cli.code, cli.stderr).toBe(2);
      expect(cli.stderr).toMatch(/file URLs|not allowed|configuration property 'dbms\.security\.allow_csv_import_from_file_urls'/i);
      expect(cli.stdout).not.toContain('root:');
    }
  });

  it('db stop stops it cleanly and the data survives a restart', async () => {
    const stop = await runCli(['db', 'stop'], { env: env() });
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(/Neo4j stopped \(pid \d+\)/);
    const status = await runCli(['db', 'status'], { env: env() });
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('not running');

    await startLocalNeo4j(options());
    expect(await count()).toBe(1);
  });

  it('recovers committed data after a SIGKILL crash, cleaning the stale pid file', async () => {
    const driver = authed();
    await driver.executeQuery('CREATE (:Probe {n: 2})');
    await driver.close();
    const { pid } = localNeo4jStatus(home);
    process.kill(pid!, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));
    expect(localNeo4jStatus(home)).toMatchObject({ running: false, stalePidFile: true });
    expect(fs.existsSync(localPaths(home).pidFile)).toBe(true);

    const restarted = await startLocalNeo4j(options());
    expect(restarted.running).toBe(true);
    expect(restarted.pid).not.toBe(pid);
    expect(await count()).toBe(2);
  });

  it('refuses a busy port with a one-line error naming the port and the variable', async () => {
    const blocker = net.createServer();
    const busy = await freePort();
    await new Promise<void>((r) => blocker.listen(busy, '127.0.0.1', r));
    const otherHome = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-busy-'));
    try {
      await expect(startLocalNeo4j({ ...options(), home: otherHome, port: busy })).rejects.toThrow(EnvironmentError);
      const cli = await runCli(['db', 'start'], { env: { NEWSGRAPH_HOME: otherHome, NEWSGRAPH_NEO4J_PORT: String(busy), NEO4J_URI: '' } });
      expect(cli.code).toBe(8);
      expect(cli.stderr.trim()).toBe(
        `newsgraph: port ${busy} is already in use on 127.0.0.1: set NEWSGRAPH_NEO4J_PORT (or --port) to a free port, or stop what uses it`,
      );
      expect(localNeo4jStatus(otherHome).running).toBe(false);
    } finally {
      blocker.close();
      fs.rmSync(otherHome, { recursive: true, force: true });
    }
  });

  it('db start with NEO4J_URI set refuses to start a local server', async () => {
    const cli = await runCli(['db', 'start'], { env: { ...env(), NEO4J_URI: 'bolt://db.example:7687' } });
    expect(cli.code).toBe(7);
    expect(cli.stderr).toContain('NEO4J_URI is set (bolt://db.example:7687)');
  });
});
