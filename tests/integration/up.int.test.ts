import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { freePort, localNeo4jStatus } from '../../src/local-neo4j/localNeo4j.ts';

// `npm start` end to end: its own local Neo4j, schema, seeds, GraphQL, and Ctrl-C stops it all.
describe('newsgraph up (npm start)', { timeout: 300_000 }, () => {
  it('starts Neo4j, loads the seed, answers GraphQL, and stops everything on SIGINT', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-up-'));
    const env = {
      ...process.env,
      NO_COLOR: '1',
      // As a user runs it: vitest's NODE_ENV=test would switch off Apollo's own signal handling.
      NODE_ENV: 'development',
      NEO4J_URI: '',
      NEWSGRAPH_HOME: home,
      NEWSGRAPH_NEO4J_PORT: String(await freePort()),
      NEWSGRAPH_NEO4J_HEAP_MB: '512',
      NEWSGRAPH_NEO4J_PAGECACHE_MB: '64',
      PORT: String(await freePort()),
    };
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'newsgraph.js'), 'up'], { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const deadline = Date.now() + 240_000;
      while (!output.includes('newsgraph is up') && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(output).toContain('newsgraph is up');
      expect(output).toContain('seeds: loaded 1 article, 25 facts');
      const graphqlUrl = /GraphQL endpoint:\s+(\S+)/.exec(output)![1]!;
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ facts(relationTypes: [SANCTIONED]) { nodes { subject { name } object { name } } } }' }),
      });
      const body = (await res.json()) as { data: { facts: { nodes: { subject: { name: string }; object: { name: string } }[] } } };
      expect(body.data.facts.nodes).toEqual([{ subject: { name: 'Trump administration' }, object: { name: 'Gustavo Petro' } }]);
      expect(localNeo4jStatus(home).running).toBe(true);

      child.kill('SIGINT');
      const stopped = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running 90 s after SIGINT'), 90_000))]);
      expect(stopped).toBe(0);
      expect(localNeo4jStatus(home).running).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      const { stopLocalNeo4j } = await import('../../src/local-neo4j/localNeo4j.ts');
      await stopLocalNeo4j(home, { timeoutMs: 20_000 });
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
