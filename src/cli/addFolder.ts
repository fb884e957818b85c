/**
 * `newsgraph add <folder>`: every article file in a folder (*.txt, *.md; not recursive)
 * through one extractor (one NLP worker) and one graph connection, with a progress bar.
 * A bad article is reported and skipped; a worker that dies fails the articles after it
 * with its reason, and the articles done so far stay added and are reported.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError, exitCodeFor } from '../errors/AppError.ts';
import { addArticle, type AddSession } from './addArticle.ts';
import { readArticleBytes } from './articleOptions.ts';
import type { ArticleMetadata } from '../extract/parseArticleFile.ts';

/** The outcome of one article of a folder. */
export interface FolderItem {
  file: string;
  ok: boolean;
  articleId?: string;
  factsExtracted?: number;
  factsCreated?: number;
  entitiesCreated?: number;
  error?: string;
  /** The exit code the failure maps to (2 bad input, 8 the NLP runtime). */
  exitCode?: number;
}

/** The article files of a folder, sorted; an empty folder is bad input. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  const names = (await fs.readdir(folder)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  return names.map((n) => path.join(folder, n));
}

/** Adds every article of `files`, one after another, reporting each. */
export async function addFolder(session: AddSession, files: string[], options: { metadata: ArticleMetadata; minConfidence?: number; dryRun?: boolean; progress: boolean }): Promise<FolderItem[]> {
  const items: FolderItem[] = [];
  let bar: { start(total: number, value: number): void; increment(): void; stop(): void } | undefined;
  if (options.progress) {
    const { SingleBar, Presets } = await import('cli-progress');
    bar = new SingleBar({ format: 'add [{bar}] {value}/{total} articles', stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
    bar.start(files.length, 0);
  }
  try {
    for (const file of files) {
      try {
        const bytes = await readArticleBytes(file);
        // Per-article metadata comes from each file's front matter; --title/--id would be the same for all.
        const { summary, facts } = await addArticle(session, bytes, file, options);
        items.push({ file, ok: true, articleId: summary.articleId, factsExtracted: facts.length, factsCreated: summary.factsCreated, entitiesCreated: summary.entitiesCreated });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        items.push({ file, ok: false, error: error.message.startsWith(file) ? error.message : `${file}: ${error.message}`, exitCode: exitCodeFor[error.code] });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }
  return items;
}
