import type { ArticleMetadata } from '../extract/parseArticleFile.ts';

/** What a news page says about its article, from meta tags, `<link rel=canonical>` and schema.org JSON-LD. */
export interface PageMetadata extends Pick<ArticleMetadata, 'title' | 'author' | 'publisher' | 'publishedAt' | 'language'> {
  canonicalUrl?: string;
  /** schema.org `isAccessibleForFree: false`: the page says the article is behind a paywall. */
  paywalled?: boolean;
}

type JsonLd = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting)$/;

/**
 * Reads the article metadata a news page carries. Priority per field: schema.org
 * NewsArticle JSON-LD, then Open Graph / article:* meta tags, then plain meta tags and
 * `<title>`. Relative canonical URLs resolve against `pageUrl`; dates become YYYY-MM-DD.
 */
export function pageMetadata(document: Document, pageUrl: string | undefined): PageMetadata {
  const meta = (key: string): string | undefined => {
    for (const el of document.querySelectorAll('meta')) {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const content = el.getAttribute('content')?.trim();
      if (name === key && content) return content;
    }
    return undefined;
  };
  const ld = articleJsonLd(document);
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? text(ld?.url) ?? text(ld?.mainEntityOfPage);
  const author = personName(ld?.author) ?? meta('author') ?? nonUrl(meta('article:author')) ?? document.querySelector('[rel="author"]')?.textContent?.trim();
  const result: PageMetadata = {
    // <title> usually carries the site name ("Headline | Site"); the caller falls back to Readability's title instead.
    title: text(ld?.headline) ?? meta('og:title') ?? meta('twitter:title'),
    author: author || undefined,
    publisher: personName(ld?.publisher) ?? meta('og:site_name') ?? meta('application-name'),
    publishedAt: isoDay(text(ld?.datePublished) ?? meta('article:published_time') ?? meta('date') ?? meta('pubdate') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined),
    language: (document.documentElement?.getAttribute('lang') ?? meta('og:locale'))?.slice(0, 2).toLowerCase() || undefined,
    canonicalUrl: absoluteUrl(canonicalHref, pageUrl),
    paywalled: ld?.isAccessibleForFree === false || ld?.isAccessibleForFree === 'False' || ld?.isAccessibleForFree === 'false' || undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined && v !== '')) as PageMetadata;
}

/** The first schema.org article object in the page's JSON-LD blocks (top level, arrays or `@graph`). */
function articleJsonLd(document: Document): JsonLd | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the meta tags still count
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as JsonLd;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as JsonLd)['@id'] ?? (value as JsonLd).url);
  return undefined;
}

function personName(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names = list.map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonLd).name : undefined)).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return names.length ? names.map((n) => n.trim()).join(', ') : undefined;
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:/.test(value) ? value : undefined;
}

/** `2025-10-21T14:03:00Z` -> `2025-10-21` (the calendar day as written; partial dates pass). */
function isoDay(value: string | undefined): string | undefined {
  const match = /^(\d{4})(-\d{2}(-\d{2})?)?/.exec(value?.trim() ?? '');
  return match ? match[0] : undefined;
}

function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    // Tracking parameters make one article look like many.
    for (const key of [...url.searchParams.keys()]) if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return undefined;
  }
}
