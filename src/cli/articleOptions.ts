import fs from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { InvalidInputError } from '../errors/AppError.ts';
import { MAX_ARTICLE_BYTES } from '../extract/parseArticleFile.ts';
import { DEFAULT_EXTRACTOR, EXTRACTOR_NAMES, describeExtractors, type ExtractorName } from '../extract/extractors.ts';

/** Flags shared by `extract` and `add`. */
export interface ArticleFlags {
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  published?: string;
  id?: string;
  minConfidence?: number;
  extractor: ExtractorName;
}

/** Adds the article metadata flags, --extractor and --min-confidence to a command. */
export function articleOptions(command: Command): Command {
  return command
    .addOption(new Option('--extractor <name>', `which extractor drafts the facts (${describeExtractors()})`).choices(EXTRACTOR_NAMES).default(DEFAULT_EXTRACTOR))
    .option('--title <text>', 'article title (default: front matter, else the headline line)')
    .option('--url <url>', 'article URL')
    .option('--publisher <name>', 'publisher')
    .option('--author <name>', 'author')
    .option('--published <date>', 'publication date YYYY[-MM[-DD]]; weekdays in the text resolve against a full date')
    .option('--id <slug>', 'article id (default: from publisher, year and title)')
    .option('--min-confidence <x>', 'leave out facts below this confidence (0..1)', (v: string) => {
      const n = Number(v);
      if (!/^\d*\.?\d+$/.test(v) || n < 0 || n > 1) throw new InvalidArgumentError(`--min-confidence must be a number from 0 to 1 (got "${v}")`);
      return n;
    });
}

/** Reads an article file, refusing folders and files over the size limit before reading them whole. */
export async function readArticleBytes(file: string): Promise<Buffer> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InvalidInputError(`${file}: is a folder, not an article text file`, { file });
    size = stat.size;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError(`${file}: cannot read the article (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`, { file });
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new InvalidInputError(`${file}: the article is ${size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (1 MB)`, { file });
  }
  return fs.readFile(file);
}
