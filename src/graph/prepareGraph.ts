import type { Config } from '../config/loadConfig.ts';
import type { Graph } from './Graph.ts';
import { applyMigrations } from './applyMigrations.ts';

/** Start-up work on the database: apply pending schema migrations (and, later, seeds). */
export async function prepareGraph(graph: Graph, config: Config, options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  const applied = await applyMigrations(graph, config.rootDir);
  options.log(applied.length ? `schema: applied migrations ${applied.join(', ')}` : 'schema: up to date');
}
