import fs from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { InvalidInputError } from '../errors/AppError.ts';
import type { ConfigOverrides } from '../config/loadConfig.ts';
import type { DraftSummary } from '../extract/types.ts';
import { intOption } from './runCommand.ts';
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
  llmUrl?: string;
  llmModel?: string;
  llmTimeout?: number;
  llmConcurrency?: number;
  llmContext?: number;
}

/** The --llm-* flags as config overrides (they win over NEWSGRAPH_LLM_*; the key has no flag, see README). */
export function llmOverrides(opts: ArticleFlags): ConfigOverrides {
  return { llm: { baseUrl: opts.llmUrl, model: opts.llmModel, timeoutMs: opts.llmTimeout, concurrency: opts.llmConcurrency, contextTokens: opts.llmContext } };
}

/** Progress of a slow extraction on stderr, when a person is watching (a terminal) and there is more than one step. */
export function progressOnStderr(done: number, total: number): void {
  if (!process.stderr.isTTY || total < 2) return;
  process.stderr.write(`\rextracting: piece ${done} of ${total}${done === total ? '\n' : ''}`);
}

/** One line on what a model-backed extraction cost and left out, or undefined for the offline extractors. */
export function describeSummary(summary: DraftSummary | undefined): string | undefined {
  if (!summary) return undefined;
  const cached = summary.cachedChunks ? `, ${summary.cachedChunks} from the cache` : '';
  const failed = summary.failedChunks ? `, ${summary.failedChunks} failed` : '';
  return `${summary.model}: ${summary.tokensIn} tokens in, ${summary.tokensOut} out (${summary.chunks} piece(s)${cached}${failed}); dropped ${summary.unsupported} unsupported, ${summary.typeViolations} breaking type rules`;
}

/** Adds the article metadata flags, --extractor and --min-confidence to a command. */
export function articleOptions(command: Command): Command {
  return command
    .addOption(new Option('--extractor <name>', `which extractor drafts the facts (${describeExtractors()})`).choices(EXTRACTOR_NAMES).default(DEFAULT_EXTRACTOR))
    .option('--llm-url <url>', 'OpenAI-compatible endpoint for --extractor llm/ensemble, e.g. http://127.0.0.1:11434/v1 (default: NEWSGRAPH_LLM_BASE_URL)')
    .option('--llm-model <name>', 'model name at that endpoint (default: NEWSGRAPH_LLM_MODEL)')
    .option('--llm-timeout <ms>', 'time limit per request (default: NEWSGRAPH_LLM_TIMEOUT_MS or 120000)', intOption('--llm-timeout', 1))
    .option('--llm-concurrency <n>', 'requests in flight at once (default: NEWSGRAPH_LLM_CONCURRENCY or 2)', intOption('--llm-concurrency', 1, 64))
    .option('--llm-context <tokens>', "the model's context window; longer articles are split (default: NEWSGRAPH_LLM_CONTEXT_TOKENS or 8192)", intOption('--llm-context', 1024))
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
