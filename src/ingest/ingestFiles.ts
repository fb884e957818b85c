import { AppError } from '../errors/AppError.ts';
import type { Graph } from '../graph/Graph.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { findFactFiles } from './findFactFiles.ts';
import { ingestArticle, type IngestSummary } from './ingestArticle.ts';
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
 * Ingests fact files and folders, one transaction per article: a file with bad input is
 * listed as a failure and writes nothing, the others load. Errors other than bad input
 * (the database went away) stop the run.
 */
export async function ingestFiles(
  graph: Graph,
  paths: readonly string[],
  options: { dryRun?: boolean; registry: EntityRegistry; onProgress?: (done: number, total: number, file: string) => void },
): Promise<IngestReport> {
  const found = findFactFiles(paths);
  const report: IngestReport = { articles: [], failures: [...found.problems], total: emptyTotal(), dryRun: options.dryRun === true };
  let done = 0;
  for (const file of found.files) {
    try {
      const factFile = await loadFactFile(file, { registry: options.registry });
      const summary = await ingestArticle(graph, factFile, { dryRun: options.dryRun, registry: options.registry, source: file });
      report.articles.push({ file, ...summary });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
      const { line, path } = error.details as { line?: number; path?: string };
      report.failures.push({ file, message: error.message, ...(line ? { line } : {}), ...(path ? { path } : {}) });
    }
    options.onProgress?.(++done, found.files.length, file);
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
