import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InvalidInputError } from '../errors/AppError.ts';
import type { ArticleMetadata } from '../extract/parseArticleFile.ts';
import { pageMetadata } from './pageMetadata.ts';

/** Fewer words than this in the main text: not an article (an index page, an error page, a paywall teaser). */
export const MIN_ARTICLE_WORDS = 60;

/** A news page turned into what the extractor takes: the article's main text and its metadata. */
export interface ArticlePage {
  text: string;
  metadata: ArticleMetadata;
  /** The page's canonical URL (or the fetched URL); also what the article id is derived from. */
  canonicalUrl?: string;
  notices: string[];
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/**
 * Takes the main text of a news page with Mozilla Readability (menus, ads, related links and
 * footers dropped), one paragraph per block, and its metadata (pageMetadata). The article id is
 * `web-<host>-<hash>` of the canonical URL, or of the text when the page names no URL, so the
 * same article read twice, from its URL or a saved copy, is the same article. Throws
 * InvalidInputError when the page has no article text.
 */
export function readArticlePage(html: string, source: string, pageUrl?: string): ArticlePage {
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document as unknown as Document, pageUrl);
  const canonicalUrl = metadata.canonicalUrl ?? pageUrl;
  // Readability changes the document it reads; metadata is taken first.
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { text, words } = article?.content ? blockText(article.content) : { text: '', words: 0 };
  if (words < MIN_ARTICLE_WORDS) {
    const why = metadata.paywalled ? 'the page marks the article as paywalled and shows only a teaser' : 'no main article text found (an index, error or paywall page?)';
    throw new InvalidInputError(`${source}: ${why}: ${words} words outside links, fewer than ${MIN_ARTICLE_WORDS}`, { source, words });
  }
  const notices: string[] = [];
  if (metadata.paywalled) notices.push(`${source}: the page marks the article as paywalled; only the text shown on the page was read`);
  const host = canonicalUrl ? new URL(canonicalUrl).hostname.replace(/^www\./, '') : undefined;
  const idKey = canonicalUrl ?? text;
  const id = ['web', host?.replace(/[^a-z0-9]+/gi, '-').toLowerCase(), createHash('sha256').update(idKey).digest('hex').slice(0, 12)].filter(Boolean).join('-');
  return {
    text,
    canonicalUrl,
    notices,
    metadata: withoutUndefined({
      id,
      title: metadata.title ?? article?.title ?? undefined,
      url: canonicalUrl,
      publisher: metadata.publisher ?? article?.siteName ?? host,
      author: metadata.author ?? article?.byline ?? undefined,
      publishedAt: metadata.publishedAt,
      language: metadata.language,
    }),
  };
}

/**
 * Readability's HTML -> plain text, a blank line between blocks, whitespace collapsed inside
 * them; `words` counts only words outside links (a list of headlines is not an article).
 */
function blockText(contentHtml: string): { text: string; words: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) paragraphs.push(line);
  }
  if (!paragraphs.length) paragraphs.push((document.body?.textContent ?? '').replace(/\s+/g, ' ').trim());
  const count = (t: string | null | undefined) => (t ?? '').split(/\s+/).filter(Boolean).length;
  const linkWords = [...document.querySelectorAll('a')].reduce((n, a) => n + count(a.textContent), 0);
  const text = `${paragraphs.join('\n\n')}\n`;
  return { text, words: count(text) - linkWords };
}

function withoutUndefined<T extends object>(map: T): T {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined && v !== '')) as T;
}
