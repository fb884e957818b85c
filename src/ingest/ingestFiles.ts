import { AppError } from '../errors/AppError.ts';
import type { Graph } from '../graph/Graph.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { findFactFiles } from './findFactFiles.ts';
import { ingestArticle } from './ingestArticle.ts';
import { ingestArticles, type IngestItem, type IngestSummary } from './ingestArticles.ts';
import { loadFactFile } from './loadFactFile.ts';

/** One fact file that could not be loaded, and why. */
export interface IngestFailure {
  file: string;
  message: string;
  line?: number;
  path?: string;
}

/** The outcome of ingesting many files: what loaded, what failed, and the totals. */
export interface IngestReport {
  articles: (IngestSummary & { file: string })[];
  failures: IngestFailure[];
  total: Omit<IngestSummary, 'articleId' | 'dryRun'> & { files: number; articles: number; failed: number };
  dryRun: boolean;
}

/**
 * Ingests fact files and folders, many articles per transaction (see ingestArticles): a file
 * with bad input is listed as a failure and writes nothing, the others load. Errors other than
 * bad input (the database went away) stop the run.
 */
export async function ingestFiles(
  graph: Graph,
  paths: readonly string[],
  options: { dryRun?: boolean; registry: EntityRegistry; batchArticles?: number; onProgress?: (done: number, total: number, file: string) => void },
): Promise<IngestReport> {
  const found = findFactFiles(paths);
  const report: IngestReport = { articles: [], failures: [...found.problems], total: emptyTotal(), dryRun: options.dryRun === true };
  // Read and validate every file first (bad input is listed per file), then write many articles per transaction.
  const items: IngestItem[] = [];
  let done = 0;
  for (const file of found.files) {
    try {
      const factFile = await loadFactFile(file, { registry: options.registry });
      if (options.dryRun) report.articles.push({ file, ...(await ingestArticle(graph, factFile, { dryRun: true, registry: options.registry, source: file })) });
      else items.push({ file: factFile, source: file });
    } catch (error) {
      if (!isBadInput(error)) throw error;
      report.failures.push(failureOf(file, error));
    }
    if (options.dryRun) options.onProgress?.(++done, found.files.length, file);
  }
  if (items.length) {
    const outcomes = await ingestArticles(graph, items, {
      registry: options.registry,
      batchArticles: options.batchArticles,
      onProgress: (n) => options.onProgress?.(found.files.length - items.length + n, found.files.length, items[n - 1]!.source),
    });
    for (const outcome of outcomes) {
      if ('error' in outcome) report.failures.push(failureOf(outcome.source, outcome.error));
      else report.articles.push({ file: outcome.source, ...outcome.summary });
    }
  }
  const t = report.total;
  t.files = found.files.length + found.problems.length;
  t.articles = report.articles.length;
  t.failed = report.failures.length;
  for (const a of report.articles) {
    t.entitiesCreated += a.entitiesCreated;
    t.entitiesMatched += a.entitiesMatched;
    t.factsCreated += a.factsCreated;
    t.factsCorroborated += a.factsCorroborated;
    t.sourcesAdded += a.sourcesAdded;
  }
  return report;
}

function emptyTotal(): IngestReport['total'] {
  return { files: 0, articles: 0, failed: 0, entitiesCreated: 0, entitiesMatched: 0, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0 };
}

function isBadInput(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'BAD_USER_INPUT';
}

function failureOf(file: string, error: AppError): IngestFailure {
  const { line, path } = error.details as { line?: number; path?: string };
  return { file, message: error.message, ...(line ? { line } : {}), ...(path ? { path } : {}) };
}
