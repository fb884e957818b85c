import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';
import { applyMigrations } from '../graph/applyMigrations.ts';

/** Start-up work on the database: apply pending schema migrations, then load the seeds into a graph with no article. */
export async function prepareGraph(graph: Graph, config: Config, options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  const applied = await applyMigrations(graph, config.rootDir);
  options.log(applied.length ? `schema: applied migrations ${applied.join(', ')}` : 'schema: up to date');
  if (!options.seed) return;
  // Only an empty graph is seeded, so a restart never re-adds what a user retracted.
  const [{ articles = 0 } = {}] = await graph.readQuery<{ articles: number }>('MATCH (a:Article) RETURN count(a) AS articles');
  if (articles > 0) {
    options.log(`seeds: skipped (the graph already has ${articles} article${articles === 1 ? '' : 's'})`);
    return;
  }
  const { loadSeeds } = await import('../ingest/loadSeeds.ts');
  const summaries = await loadSeeds(graph, config.rootDir);
  const facts = summaries.reduce((n, s) => n + s.factsCreated + s.factsCorroborated, 0);
  options.log(`seeds: loaded ${summaries.length} article${summaries.length === 1 ? '' : 's'}, ${facts} facts`);
}
