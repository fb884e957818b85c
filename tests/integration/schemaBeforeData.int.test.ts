import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { freePort } from '../../src/local-neo4j/localNeo4j.ts';
import { openTestGraph, resetGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { runCli } from '../support/runCli.ts';

/** A database as `newsgraph db start` leaves it the first time: no constraint, no index, no migration record. */
async function dropSchema(graph: Graph): Promise<void> {
  await graph.writeQuery('MATCH (n) DETACH DELETE n');
  for (const { name } of await graph.readQuery<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name')) await graph.writeQuery(`DROP CONSTRAINT \`${name}\``);
  for (const { name } of await graph.readQuery<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await graph.writeQuery(`DROP INDEX \`${name}\``);
}

async function constraintNames(graph: Graph): Promise<string[]> {
  return (await graph.readQuery<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name);
}

describe('schema before data', { timeout: 240_000 }, () => {
  let graph: Graph;
  beforeAll(() => {
    graph = openTestGraph();
  });
  afterAll(async () => {
    await resetGraph(graph);
    await graph?.close();
  });

  it('ingest on a database without schema applies the migrations before loading', async () => {
    await dropSchema(graph);
    expect(await constraintNames(graph)).toEqual([]);
    const run = await runCli(['ingest', 'seeds'], { env: testNeo4jEnv() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/schema: applied migrations 1, 2, 3, 4/);
    expect(await constraintNames(graph)).toEqual(expect.arrayContaining(['alias_key', 'article_id', 'entity_id', 'fact_id']));
    const [{ n } = { n: 0 }] = await graph.readQuery<{ n: number }>('MATCH (:Article)-[r:REPORTS]->(:Fact) RETURN count(r) AS n');
    expect(n).toBe(25);
  });

  it('serve on data loaded without schema applies the migrations, and search works', async () => {
    // data written by an older version without the schema: the migration must build the keys too
    await graph.writeQuery('MATCH (m:SchemaMigration) DELETE m');
    await graph.writeQuery('MATCH (k:AliasKey) DELETE k');
    for (const name of await constraintNames(graph)) await graph.writeQuery(`DROP CONSTRAINT \`${name}\``);
    for (const { name } of await graph.readQuery<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await graph.writeQuery(`DROP INDEX \`${name}\``);
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'serve', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...testNeo4jEnv(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`serve exited: ${output}`);
        const ready = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => undefined);
        if (ready?.ok) break;
        if (Date.now() > deadline) throw new Error(`serve not ready: ${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(output).toMatch(/schema: applied migrations 1, 2, 3, 4/);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "Petro") { entity { id } } }' }),
      });
      const body = (await res.json()) as { data?: { search: { entity: { id: string } }[] }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data!.search.map((h) => h.entity.id)).toContain('gustavo-petro');
      const [{ keys } = { keys: 0 }] = await graph.readQuery<{ keys: number }>("MATCH (k:AliasKey {entityId: 'gustavo-petro'}) RETURN count(k) AS keys");
      expect(keys).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
