import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config/loadConfig.ts';
import { openGraph, type Graph } from '../../src/graph/Graph.ts';
import { applyMigrations } from '../../src/graph/applyMigrations.ts';

/** The run's Neo4j as environment variables: NEO4J_URI and, when it has one, NEO4J_PASSWORD. */
export function testNeo4jEnv(): { NEO4J_URI: string; NEO4J_PASSWORD?: string } {
  const password = inject('neo4jPassword');
  return { NEO4J_URI: inject('neo4jUri'), ...(password === undefined ? {} : { NEO4J_PASSWORD: password }) };
}

/** The config tests use: the run's Neo4j (NEO4J_URI or the throwaway local one). */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ ...process.env, ...testNeo4jEnv() });
  return { ...base, ...overrides };
}

/** Opens a Graph on the test database. */
export function openTestGraph(config = testConfig()): Graph {
  return openGraph(config);
}

/** Deletes all data (not the schema) and applies migrations: every test file starts empty. */
export async function resetGraph(graph: Graph, rootDir = testConfig().rootDir): Promise<void> {
  await graph.runText('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { write: true });
  await applyMigrations(graph, rootDir);
}

/**
 * Counts of nodes and relationships, plus a content hash: "the graph did not change" checks.
 * Bookkeeping is left out: the applied migrations and the change log (a rewrite of an article
 * with the same content is still a write that subscribers hear about).
 */
export async function graphFingerprint(graph: Graph): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await graph.runText<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT (n:SchemaMigration OR n:ChangeEvent OR n:ChangeLog) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
  );
  const rels = await graph.runText<{ a: string; type: string; b: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props',
  );
  const canon = (v: unknown) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
  const lines = [...nodes.map((n) => `N ${n.id} ${canon(n.labels.sort())} ${canon(n.props)}`), ...rels.map((r) => `R ${r.a} ${r.type} ${r.b} ${canon(r.props)}`)].sort();
  const { createHash } = await import('node:crypto');
  return { nodes: nodes.length, relationships: rels.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}
