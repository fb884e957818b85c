import type { Graph } from '../graph/Graph.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { defaultEntityRegistry } from './loadEntityRegistry.ts';
import { checkFactFile } from './checkFactFile.ts';
import { factFileSchema, type FactFile, type FactFileInput } from './factFileSchema.ts';
import { invalidFactFile } from './invalidFactFile.ts';
import { dryRunArticle, ingestArticles, type IngestSummary } from './ingestArticles.ts';

export { INGEST_TIMEOUT_MS, type IngestSummary } from './ingestArticles.ts';

export interface IngestOptions {
  dryRun?: boolean;
  /** Entity registry to resolve against; the project's seeds/entities.yaml by default. */
  registry?: EntityRegistry;
  /** Name for error messages (the fact file path); defaults to `article <id>`. */
  source?: string;
}

/**
 * Loads one article's facts in one write transaction (a batch of one, see ingestArticles):
 * entities resolved and merged, the article and its mentions, facts with their provenance,
 * one traversal edge per fact. Idempotent (re-ingesting the same file changes nothing); a
 * changed file replaces the article's earlier contribution. Invalid input writes nothing.
 */
export async function ingestArticle(graph: Graph, factFile: FactFile | FactFileInput, options: IngestOptions = {}): Promise<IngestSummary> {
  const parsed = factFileSchema.safeParse(factFile);
  const where = options.source ?? `article ${(factFile as { article?: { id?: string } })?.article?.id ?? '(no id)'}`;
  if (!parsed.success) throw invalidFactFile(where, parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  const file = parsed.data;
  const shapeIssues = checkFactFile(file);
  if (shapeIssues.length) throw invalidFactFile(where, shapeIssues);
  const registry = options.registry ?? defaultEntityRegistry();
  if (options.dryRun) return dryRunArticle(graph, { file, source: where }, registry);
  const [outcome] = await ingestArticles(graph, [{ file, source: where }], { registry });
  if ('error' in outcome!) throw outcome.error;
  return outcome!.summary;
}
