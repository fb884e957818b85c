import fs from 'node:fs/promises';
import type { Config } from '../config/loadConfig.ts';
import { InvalidInputError } from '../errors/AppError.ts';
import type { ArticleMetadata } from '../extract/parseArticleFile.ts';
import { isPartialDate } from '../model/vocabulary.ts';
import { fetchResource } from './fetchResource.ts';
import { readArticlePage } from './readArticlePage.ts';

/** An article read from the web or a saved page, ready for extractArticleFile: its text as bytes plus metadata. */
export interface WebArticle {
  bytes: Buffer;
  metadata: ArticleMetadata;
  /** The URL or file it came from, for messages. */
  source: string;
  notices: string[];
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** True for what loadWebArticle reads: an http(s) URL or a saved `.html` / `.htm` page. */
export function isWebSource(arg: string): boolean {
  return /^https?:\/\//i.test(arg) || /\.x?html?$/i.test(arg);
}

/**
 * Fetches a URL (config.fetch limits: timeout, size cap, redirects, content type) or reads a
 * saved page, and takes its main text and metadata (readArticlePage). `overrides` (the
 * command-line flags) win over what the page says.
 */
export async function loadWebArticle(source: string, limits: Config['fetch'], overrides: ArticleMetadata = {}): Promise<WebArticle> {
  let html: string;
  let pageUrl: string | undefined;
  if (/^https?:\/\//i.test(source)) {
    const fetched = await fetchResource(source, limits, { accept: HTML_TYPES, what: 'web page' });
    html = decode(fetched.body, fetched.charset);
    pageUrl = fetched.url;
  } else {
    html = decode(await readPageFile(source, limits.maxBytes), undefined);
  }
  const page = readArticlePage(html, source, pageUrl);
  const notices = [...page.notices];
  const fromPage = { ...page.metadata };
  if (fromPage.publishedAt !== undefined && !isPartialDate(fromPage.publishedAt)) {
    notices.push(`${source}: the page's publication date "${fromPage.publishedAt}" is not a real date; left out`);
    delete fromPage.publishedAt;
  }
  if (fromPage.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]*$/.test(fromPage.url)) delete fromPage.url;
  const metadata = { ...fromPage, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) } as ArticleMetadata;
  return { bytes: Buffer.from(page.text, 'utf8'), metadata, source, notices };
}

async function readPageFile(file: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InvalidInputError(`${file}: is a folder, not a saved web page`, { file });
    size = stat.size;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError(`${file}: cannot read the page (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`, { file });
  }
  if (size > maxBytes) throw new InvalidInputError(`${file}: the page is ${size} bytes; the limit is ${maxBytes} bytes (NEWSGRAPH_FETCH_MAX_BYTES)`, { file });
  const bytes = await fs.readFile(file);
  if (bytes.includes(0)) throw new InvalidInputError(`${file}: this looks like a binary file (it contains NUL bytes), not a web page`, { file });
  return bytes;
}

/** Decodes with the charset the server (or the page's <meta charset>) names; UTF-8 otherwise. */
function decode(bytes: Buffer, headerCharset: string | undefined): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = headerCharset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
