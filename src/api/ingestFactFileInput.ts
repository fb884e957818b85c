import type { Graph } from '../graph/Graph.ts';
import { ingestArticle } from '../ingest/ingestArticle.ts';
import { parseFactFile } from '../ingest/parseFactFile.ts';
import { retractArticle } from '../ingest/retractArticle.ts';
import { InvalidInputError } from '../errors/AppError.ts';
import { loadEntityRegistry } from '../ingest/loadEntityRegistry.ts';

/**
 * Validates a fact file sent as JSON (the same checks as the CLI loader: schema, vocabulary,
 * references against the entity registry, quotes in `articleText` when given) and ingests it
 * in one transaction.
 */
export async function ingestFactFileInput(graph: Graph, input: unknown, options: { articleText?: string; dryRun: boolean; rootDir: string }) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError('input must be a fact file object ({ article, entities, facts })', { argument: 'input' });
  }
  // JSON is YAML, so the JSON text goes through the very parser the CLI uses; errors name "input".
  const registry = loadEntityRegistry(options.rootDir);
  const factFile = parseFactFile(JSON.stringify(input, null, 1), { file: 'input', articleText: options.articleText, registry });
  return ingestArticle(graph, factFile, { dryRun: options.dryRun, source: 'input', registry });
}

/** Retracts one article and reports what was removed (NOT_FOUND for an unknown id). */
export function retractArticleById(graph: Graph, articleId: string) {
  return retractArticle(graph, articleId);
}
