import { parse as parseYaml } from 'yaml';
import { InvalidInputError } from '../errors/AppError.ts';
import { isPartialDate } from '../model/vocabulary.ts';
import type { ArticleInput } from './types.ts';

/** Articles larger than this are refused (news articles are a few kB). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Metadata given on the command line; wins over the front matter. */
export type ArticleMetadata = Partial<Pick<ArticleInput, 'id' | 'title' | 'url' | 'publisher' | 'author' | 'publishedAt' | 'language'>>;

/** The parsed article: extractor input (body only) and where the body starts in the file. */
export interface ParsedArticle {
  input: ArticleInput;
  /** Character offset of the body in the file text (front matter length), for evidence offsets. */
  bodyOffset: number;
  /** The whole file as text (what `article.text` points at). */
  fileText: string;
}

const FRONT_MATTER_KEYS: Record<string, keyof ArticleMetadata> = {
  id: 'id',
  title: 'title',
  url: 'url',
  publisher: 'publisher',
  author: 'author',
  published: 'publishedAt',
  publishedAt: 'publishedAt',
  date: 'publishedAt',
  language: 'language',
};

/**
 * Decodes and checks an article file (size limit, UTF-8, not binary, not empty), reads an
 * optional front-matter block (`---` / `key: value` lines / `---`) and merges the metadata
 * given on the command line. Throws InvalidInputError naming the file and what is wrong.
 */
export function parseArticleFile(bytes: Uint8Array, file: string, metadata: ArticleMetadata = {}): ParsedArticle {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InvalidInputError(`${file}: the article is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (1 MB)`, { file });
  }
  if (bytes.includes(0)) throw new InvalidInputError(`${file}: this looks like a binary file (it contains NUL bytes), not article text`, { file });
  let fileText: string;
  try {
    fileText = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError(`${file}: not valid UTF-8 text (convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8)`, { file });
  }
  let bodyOffset = fileText.startsWith('\uFEFF') ? 1 : 0;
  let front: ArticleMetadata = {};
  if (/^---\r?\n/.test(fileText.slice(bodyOffset))) {
    const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = bodyOffset + 3;
    const end = close.exec(fileText);
    if (!end) throw new InvalidInputError(`${file}:1: front matter: the block opened by "---" on line 1 has no closing "---" line`, { file, line: 1 });
    front = readFrontMatter(fileText.slice(bodyOffset + 4, end.index), file);
    bodyOffset = end.index + end[0].length;
  }
  const text = fileText.slice(bodyOffset);
  if (!text.trim()) throw new InvalidInputError(`${file}: the article is empty (no text${bodyOffset ? ' after the front matter' : ''})`, { file });
  const merged = { ...front, ...Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)) } as ArticleMetadata;
  if (merged.publishedAt !== undefined && !isPartialDate(merged.publishedAt)) {
    const where = metadata.publishedAt !== undefined ? '--published' : 'front matter: published';
    throw new InvalidInputError(`${file}: ${where}: malformed date "${merged.publishedAt}" (expected YYYY, YYYY-MM or YYYY-MM-DD, a real day)`, { file });
  }
  if (merged.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]*$/.test(merged.url)) {
    const where = metadata.url !== undefined ? '--url' : 'front matter: url';
    throw new InvalidInputError(`${file}: ${where}: "${merged.url}" is not an http(s) URL`, { file });
  }
  return { input: { ...merged, text }, bodyOffset, fileText };
}

function readFrontMatter(block: string, file: string): ArticleMetadata {
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch (error) {
    const line = ((error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0) + 1;
    throw new InvalidInputError(`${file}:${line}: front matter: not "key: value" lines (${(error as Error).message.split('\n')[0]})`, { file, line });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new InvalidInputError(`${file}:2: front matter: expected "key: value" lines`, { file, line: 2 });
  const out: ArticleMetadata = {};
  const lines = block.split('\n');
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const line = lines.findIndex((l) => l.startsWith(`${key}:`)) + 2;
    const field = FRONT_MATTER_KEYS[key];
    if (!field) throw new InvalidInputError(`${file}:${line}: front matter: unknown key "${key}" (allowed: ${Object.keys(FRONT_MATTER_KEYS).join(', ')})`, { file, line });
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) {
      throw new InvalidInputError(`${file}:${line}: front matter: ${key} must be a single value`, { file, line });
    }
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (field === 'publishedAt' && !isPartialDate(text)) {
      throw new InvalidInputError(`${file}:${line}: front matter: ${key}: malformed date "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD, a real day)`, { file, line });
    }
    out[field] = text;
  }
  return out;
}
