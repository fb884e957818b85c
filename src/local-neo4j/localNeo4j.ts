import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { EnvironmentError } from '../errors/AppError.ts';
import { ensureLocalPassword, LOCAL_NEO4J_USER, localPasswordFile } from '../config/localCredentials.ts';
import { ensureLauncherBuilt, launcherDir } from './ensureLauncherBuilt.ts';

/** Where and how to run the local Neo4j. */
export interface LocalNeo4jOptions {
  rootDir: string;
  /** State folder: data in `<home>/neo4j`, pid file, and the process output log. */
  home: string;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  readyTimeoutMs: number;
  /** The java executable (config.local.java); `java` on the PATH by default. */
  java?: string;
  log?: (line: string) => void;
}

/** What `status` reports. */
export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | undefined;
  port: number | undefined;
  uri: string | undefined;
  dataDir: string;
  /** The Bolt user and the file holding its generated password (mode 0600). */
  user: string;
  passwordFile: string;
  /** A pid file was left by a process that is gone (a crash); start will clean it up. */
  stalePidFile: boolean;
}

interface PidFile {
  pid: number;
  port: number;
  startedAt: string;
}

const READY = /^NEO4J READY (\S+)/m;

/** Paths of the local Neo4j's state files under `home`. */
export function localPaths(home: string) {
  return {
    dataDir: path.join(home, 'neo4j'),
    pidFile: path.join(home, 'neo4j.pid'),
    outFile: path.join(home, 'neo4j.out'),
    debugLog: path.join(home, 'neo4j', 'logs', 'debug.log'),
    /** LOAD CSV's import folder: an empty one of ours (file URLs are refused anyway). */
    importDir: path.join(home, 'import'),
    passwordFile: localPasswordFile(home),
  };
}

/** The JVM flags Neo4j 5.26 needs on Java 17+ (from its own neo4j.conf), plus memory caps. */
export function jvmArgs(heapMb: number): string[] {
  return [
    `-Xms${Math.min(heapMb, 512)}m`,
    `-Xmx${heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled pid that is not our launcher does not count.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('newsgraph.LocalNeo4j');
  } catch {
    return true;
  }
}

function readPidFile(file: string): PidFile | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as PidFile;
    return typeof parsed.pid === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves true when something already listens on 127.0.0.1:port. */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen(port, host);
  });
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Reports whether the local Neo4j under `home` runs, with its pid and Bolt URI. */
export function localNeo4jStatus(home: string): LocalNeo4jStatus {
  const paths = localPaths(home);
  const pidFile = readPidFile(paths.pidFile);
  const running = pidFile !== undefined && isAlive(pidFile.pid);
  return {
    running,
    pid: running ? pidFile!.pid : undefined,
    port: running ? pidFile!.port : undefined,
    uri: running ? `bolt://127.0.0.1:${pidFile!.port}` : undefined,
    dataDir: paths.dataDir,
    user: LOCAL_NEO4J_USER,
    passwordFile: paths.passwordFile,
    stalePidFile: pidFile !== undefined && !running,
  };
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * Starts the local Neo4j as a background process and resolves once it prints its ready line.
 * Bolt needs user `neo4j` and the password generated into `<home>/neo4j.password` (0600);
 * LOAD CSV may not read file URLs.
 * Already running: returns its status. A stale pid file (after a crash) is removed; Neo4j
 * then replays its transaction logs, so committed data survives a SIGKILL. On failure the
 * process is stopped and the error carries the tail of its logs.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus & { alreadyRunning: boolean }> {
  const log = options.log ?? (() => {});
  const paths = localPaths(options.home);
  const before = localNeo4jStatus(options.home);
  if (before.running) return { ...before, alreadyRunning: true };
  if (before.stalePidFile) {
    log(`removing a stale pid file left by a crashed Neo4j (${paths.pidFile})`);
    fs.rmSync(paths.pidFile, { force: true });
  }
  if (await portInUse(options.port)) {
    throw new EnvironmentError(
      `port ${options.port} is already in use on 127.0.0.1: set NEWSGRAPH_NEO4J_PORT (or --port) to a free port, or stop what uses it`,
      { port: options.port },
    );
  }
  const java = options.java ?? 'java';
  ensureLauncherBuilt(options.rootDir, log, java);
  fs.mkdirSync(paths.dataDir, { recursive: true });
  fs.mkdirSync(paths.importDir, { recursive: true, mode: 0o700 });
  // Authentication is on: the launcher gives user neo4j this password at every start (which
  // also migrates data folders created while auth was off).
  ensureLocalPassword(options.home);

  const dir = launcherDir(options.rootDir);
  const classpath = [path.join(dir, 'target', 'classes'), path.join(dir, 'target', 'lib', '*')].join(path.delimiter);
  const out = fs.openSync(paths.outFile, 'w');
  const child = spawn(
    java,
    [...jvmArgs(options.heapMb), '-cp', classpath, 'newsgraph.LocalNeo4j', paths.dataDir, String(options.port), String(options.pageCacheMb), paths.passwordFile, paths.importDir],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  const pid = child.pid!;
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  child.unref();
  fs.writeFileSync(paths.pidFile, JSON.stringify({ pid, port: options.port, startedAt: new Date().toISOString() } satisfies PidFile));

  const deadline = Date.now() + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    const text = fs.readFileSync(paths.outFile, 'utf8');
    if (READY.test(text)) return { ...localNeo4jStatus(options.home), alreadyRunning: false };
    if (exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  const why = exitCode !== null ? `exited with code ${exitCode}` : `was not ready within ${options.readyTimeoutMs / 1000}s`;
  await stopLocalNeo4j(options.home, { timeoutMs: 30_000 });
  const logs = [tail(paths.outFile, 15), tail(paths.debugLog, 15)].filter(Boolean).join('\n---\n');
  throw new EnvironmentError(`the local Neo4j ${why}; last log lines:\n${logs}`, { port: options.port });
}

/** Stops the local Neo4j with SIGTERM (clean shutdown), escalating to SIGKILL after the timeout. */
export async function stopLocalNeo4j(home: string, { timeoutMs = 60_000 } = {}): Promise<{ stopped: boolean; pid?: number }> {
  const paths = localPaths(home);
  const pidFile = readPidFile(paths.pidFile);
  if (!pidFile || !isAlive(pidFile.pid)) {
    fs.rmSync(paths.pidFile, { force: true });
    return { stopped: false };
  }
  process.kill(pidFile.pid, 'SIGTERM');
  if (!(await waitForExit(pidFile.pid, timeoutMs))) {
    process.kill(pidFile.pid, 'SIGKILL');
    await waitForExit(pidFile.pid, 10_000);
  }
  fs.rmSync(paths.pidFile, { force: true });
  return { stopped: true, pid: pidFile.pid };
}
