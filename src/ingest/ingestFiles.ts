import { AppError, type AppErrorCode } from '../errors/AppError.ts';
import type { Graph } from '../graph/Graph.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { findFactFiles } from './findFactFiles.ts';
import { ingestArticle } from './ingestArticle.ts';
import { DEFAULT_BATCH_ARTICLES, ingestArticles, type IngestItem, type IngestSummary } from './ingestArticles.ts';
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
 * Ingests fact files and folders, many articles per transaction (see ingestArticles): a file
 * with bad input is listed as a failure and writes nothing, the others load. When the database
 * fails (it went away, a timeout), the batch in hand and the files after it are listed as
 * failures with that reason; what was committed before stays reported. The run always ends
 * with its report, whatever one file does.
 */
export async function ingestFiles(
  graph: Graph,
  paths: readonly string[],
  options: { dryRun?: boolean; registry: EntityRegistry; batchArticles?: number; onProgress?: (done: number, total: number, file: string) => void },
): Promise<IngestReport> {
  const found = findFactFiles(paths);
  const report: IngestReport = { articles: [], failures: found.problems.map((p) => ({ ...p, code: 'BAD_USER_INPUT' as const })), total: emptyTotal(), dryRun: options.dryRun === true };
  // Read and validate every file first (bad input is listed per file), then write many articles per transaction.
  const items: IngestItem[] = [];
  let done = 0;
  for (const file of found.files) {
    try {
      const factFile = await loadFactFile(file, { registry: options.registry });
      if (options.dryRun) report.articles.push({ file, ...(await ingestArticle(graph, factFile, { dryRun: true, registry: options.registry, source: file })) });
      else items.push({ file: factFile, source: file });
    } catch (error) {
      report.failures.push(failureOf(file, error));
    }
    if (options.dryRun) options.onProgress?.(++done, found.files.length, file);
  }
  const batchArticles = options.batchArticles ?? DEFAULT_BATCH_ARTICLES;
  const before = found.files.length - items.length;
  for (let start = 0; start < items.length; start += batchArticles) {
    const chunk = items.slice(start, start + batchArticles);
    try {
      const outcomes = await ingestArticles(graph, chunk, {
        registry: options.registry,
        batchArticles,
        onProgress: (n) => options.onProgress?.(before + start + n, found.files.length, chunk[n - 1]!.source),
      });
      for (const outcome of outcomes) {
        if ('error' in outcome) report.failures.push(failureOf(outcome.source, outcome.error));
        else report.articles.push({ file: outcome.source, ...outcome.summary });
      }
    } catch (error) {
      // Not the files' fault: nothing of this batch was committed, and the rest is not tried.
      for (const item of items.slice(start)) report.failures.push(failureOf(item.source, error));
      break;
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
