import { AppError, type AppErrorCode } from '../errors/AppError.ts';
import type { Graph } from '../graph/Graph.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { findFactFiles } from './findFactFiles.ts';
import { ingestArticle, type IngestSummary } from './ingestArticle.ts';
import { loadFactFile } from './loadFactFile.ts';

/** One fact file that could not be loaded, and why. */
export interface IngestFailure {
  file: string;
  message: string;
  /** BAD_USER_INPUT for a bad file; DATABASE_UNAVAILABLE, TIMEOUT... when the file itself was not to blame. */
  code: AppErrorCode;
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
 * Ingests fact files and folders, one transaction per article: a file that fails (bad input,
 * the database went away, anything else) is listed as a failure with its reason and writes
 * nothing, the others load. The run always ends with its report, whatever one file does.
 */
export async function ingestFiles(
  graph: Graph,
  paths: readonly string[],
  options: { dryRun?: boolean; registry: EntityRegistry; onProgress?: (done: number, total: number, file: string) => void },
): Promise<IngestReport> {
  const found = findFactFiles(paths);
  const report: IngestReport = { articles: [], failures: found.problems.map((p) => ({ ...p, code: 'BAD_USER_INPUT' as const })), total: emptyTotal(), dryRun: options.dryRun === true };
  let done = 0;
  for (const file of found.files) {
    try {
      const factFile = await loadFactFile(file, { registry: options.registry });
      const summary = await ingestArticle(graph, factFile, { dryRun: options.dryRun, registry: options.registry, source: file });
      report.articles.push({ file, ...summary });
    } catch (error) {
      report.failures.push(failureOf(file, error));
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

/** The report line for a file that failed: its own message for AppErrors, the file named otherwise. */
function failureOf(file: string, error: unknown): IngestFailure {
  if (error instanceof AppError) {
    const { line, path } = error.details as { line?: number; path?: string };
    const message = error.message.includes(file) ? error.message : `${file}: ${error.message}`;
    return { file, message, code: error.code, ...(line ? { line } : {}), ...(path ? { path } : {}) };
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { file, message: `${file}: unexpected error: ${reason}`, code: 'INTERNAL_SERVER_ERROR' };
}

function emptyTotal(): IngestReport['total'] {
  return { files: 0, articles: 0, failed: 0, entitiesCreated: 0, entitiesMatched: 0, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0 };
}
