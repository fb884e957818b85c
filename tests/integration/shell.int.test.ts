import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { SAVED_QUERY_AREA } from '../../src/console/findSavedQuery.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { runCli } from '../support/runCli.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { graphFingerprint, openTestGraph, testConfig, testNeo4jEnv } from '../support/testGraph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';

const shell = (input: string, args: string[] = []) => runCli(['shell', ...args], { env: testNeo4jEnv(), input });

describe('newsgraph shell driven through stdin', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('runs a parameterised multi-line query, refuses a write, lists params, and stops at :exit', async () => {
    const before = await graphFingerprint(graph);
    const script = [
      ':param who => "gustavo-petro"',
      ':param n => 100',
      'MATCH (s:Entity {id: $who})-[r]->(o:Entity)',
      'WHERE r.factId IS NOT NULL',
      'RETURN type(r) AS relation, o.id AS object',
      'ORDER BY relation, object',
      'LIMIT $n;',
      "CREATE (:Probe {id: 'from-the-shell'});",
      ':params',
      ':exit',
      "RETURN 'after exit' AS never;",
    ].join('\n');
    const { code, stdout, stderr } = await shell(script);

    const seed = await loadFactFile(path.join(testConfig().rootDir, 'seeds', 'petro-suspends-intelligence-sharing.facts.yaml'));
    const expected = seed.facts.filter((f) => f.subject === 'gustavo-petro').map((f) => [f.relation, f.object]).sort((a, b) => a.join().localeCompare(b.join()));
    const rows = stdout
      .split('\n')
      .filter((l) => /^\| [A-Z_]+ +\| /.test(l))
      .map((l) => l.split('|').slice(1, 3).map((c) => c.trim()));
    expect(rows).toEqual(expected);
    expect(stdout).toContain(`${expected.length} rows;`);
    expect(stdout).toContain('$who => "gustavo-petro"\n$n => 100\n');
    expect(stderr).toContain('error: refused: it writes to the graph (plan: Create)');
    expect(stdout + stderr).not.toContain('after exit');
    expect(code).toBe(4);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it(':run runs a saved query with the shell parameters; a missing one is named', async () => {
    const missing = await shell(':run criticism-of\n');
    expect(missing.stderr).toContain('error: saved query criticism-of needs parameter "target" (string');
    expect(missing.stderr).toContain('pass :param target => ...');
    const { code, stdout } = await shell([':param target => "us-boat-strike-campaign"', ':format json', ':run criticism-of'].join('\n'));
    expect(code).toBe(0);
    const expected = await graph.runText<{ id: string }>("MATCH (c:Entity)-[:CRITICIZED]->(:Entity {id: 'us-boat-strike-campaign'}) RETURN c.id AS id ORDER BY c.name");
    expect(expected.length).toBeGreaterThan(0);
    const json = stdout.slice(stdout.indexOf('['), stdout.lastIndexOf(']') + 1);
    expect((JSON.parse(json) as { criticId: string }[]).map((r) => r.criticId)).toEqual(expected.map((r) => r.id));
  });

  it(':write allows the next statement only; :queries and :help answer; a clean script exits 0', async () => {
    const script = [
      ':help',
      ':queries',
      ':write',
      "MERGE (p:Probe {id: 'shell-write'}) RETURN p.id AS id;",
      ':format json',
      "MATCH (p:Probe) RETURN p.id AS id;",
      ':exit',
    ].join('\n');
    const { code, stdout, stderr } = await shell(script);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(':param name => value');
    for (const q of graph.cypher.area(SAVED_QUERY_AREA)) expect(stdout).toContain(q.name);
    expect(stdout).toMatch(/1 row; nodes created: 1, properties set: 1, labels added: 1; \d+ ms/);
    expect(stdout).toContain('[\n  {\n    "id": "shell-write"\n  }\n]');
    expect(await graph.runText('MATCH (p:Probe) RETURN p.id AS id')).toEqual([{ id: 'shell-write' }]);

    // The permission is spent: the same kind of write is refused next time.
    const before = await graphFingerprint(graph);
    const again = await shell("CREATE (:Probe {id: 'second'});\n");
    expect(again.stderr).toContain('error: refused:');
    expect(await graphFingerprint(graph)).toEqual(before);
    await graph.runText('MATCH (p:Probe) DELETE p', {}, { write: true });
  });

  it('reports errors without leaving: syntax errors marked, bad commands named, the last statement runs without ";"', async () => {
    const script = ['MATCH (n)', 'RETRN n;', ':param', ':nonsense', 'RETURN 40 + 2 AS answer'].join('\n');
    const { code, stdout, stderr } = await shell(script);
    expect(stderr).toContain("error: Cypher syntax error at line 2, column 1: Invalid input 'RETRN'");
    expect(stderr).toContain('\n  RETRN n\n  ^\n');
    expect(stderr).toContain('error: :param expects "name => value"');
    expect(stderr).toContain('error: unknown command :nonsense; :help lists the commands');
    expect(stdout).toMatch(/\| answer \|\n\+-+\+\n\| +42 \|/);
    expect(code).toBe(2);
  });

  // util-linux `script` gives the shell a real pseudo-terminal: prompts, line editing, history.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal: prompts, runs the statement, keeps history in NEWSGRAPH_HOME', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-shell-'));
    const command = `"${process.execPath}" "${path.join(PROJECT_ROOT, 'bin', 'newsgraph.js')}" shell`;
    const output = await new Promise<string>((resolve, reject) => {
      // Its own process group, so a hung run is stopped whole (script and the shell under it).
      const child = spawn('script', ['-qfec', command, '/dev/null'], {
        cwd: PROJECT_ROOT,
        detached: true,
        env: { ...process.env, NO_COLOR: '1', ...testNeo4jEnv(), NEWSGRAPH_HOME: home },
      });
      let out = '';
      const stop = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
        reject(new Error(`the shell on a terminal did not exit after :exit; output so far:\n${out}`));
      }, 100_000);
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', () => {
        clearTimeout(stop);
        resolve(out);
      });
      child.stdin.end('MATCH (e:Entity {id: "USA"})\nRETURN e.name AS name;\n:exit\n');
    });
    expect(output).toContain('newsgraph> ');
    expect(output).toContain('      ...> ');
    expect(output).toMatch(/\| United States \|/);
    expect(fs.readFileSync(path.join(home, 'shell_history'), 'utf8')).toContain('RETURN e.name AS name;');
    fs.rmSync(home, { recursive: true, force: true });
  }, 120_000);
});
