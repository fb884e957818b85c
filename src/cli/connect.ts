import { loadConfig, usesLocalNeo4j, type Config, type ConfigOverrides } from '../config/loadConfig.ts';
import { openGraph, type Graph } from '../graph/Graph.ts';
import { localNeo4jStatus } from '../local-neo4j/localNeo4j.ts';
import { GraphUnavailableError } from '../errors/AppError.ts';

/**
 * Opens the graph for a one-shot command. With no NEO4J_URI it uses the running local Neo4j
 * (its port from the pid file) and says how to start it when it is not running.
 */
export async function connect(overrides: ConfigOverrides = {}): Promise<{ graph: Graph; config: Config }> {
  let config = loadConfig(process.env, overrides);
  if (usesLocalNeo4j(config)) {
    const status = localNeo4jStatus(config.local.home);
    if (!status.running) {
      throw new GraphUnavailableError(
        'the local Neo4j is not running: start it with "npx newsgraph db start" (or set NEO4J_URI to use another server)',
      );
    }
    config = { ...config, local: { ...config.local, port: status.port! } };
  }
  const graph = openGraph(config);
  try {
    await graph.verify();
  } catch (error) {
    await graph.close();
    throw error;
  }
  return { graph, config };
}

/**
 * Runs `work` with a connected graph and always closes the driver. With `schema: true` (every
 * command that writes) pending migrations are applied first, so no data lands without the
 * uniqueness constraints.
 */
export async function withGraph<T>(work: (graph: Graph, config: Config) => Promise<T>, overrides: ConfigOverrides = {}, options: { schema?: boolean } = {}): Promise<T> {
  const { graph, config } = await connect(overrides);
  try {
    if (options.schema) {
      const { ensureSchema } = await import('../startup/ensureSchema.ts');
      await ensureSchema(graph, config.rootDir, (line) => process.stderr.write(`${line}\n`));
    }
    return await work(graph, config);
  } finally {
    await graph.close();
  }
}
