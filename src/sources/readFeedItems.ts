import { parseFeed } from 'feedsmith';
import { InvalidInputError } from '../errors/AppError.ts';

/** One feed entry: a stable key (guid / id / link) and the article URL it points at. */
export interface FeedItem {
  key: string;
  url: string;
  title?: string;
}

/** The media types feeds are served with (RSS, Atom, JSON Feed, and the generic ones servers use). */
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/xml', 'text/xml', 'application/rdf+xml', 'text/plain'];

/**
 * Parses an RSS, Atom, RDF or JSON Feed document (feedsmith) into its items, newest first as
 * the feed lists them. Items without an http(s) link are returned in `broken` with the reason;
 * a document that is no feed at all throws InvalidInputError naming the feed.
 */
export function readFeedItems(body: string, feedUrl: string): { items: FeedItem[]; broken: string[] } {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    throw new InvalidInputError(`${feedUrl}: not a readable RSS, Atom or JSON feed (${(error as Error).message})`, { url: feedUrl });
  }
  const raw = (parsed.format === 'atom' ? (parsed.feed as { entries?: unknown[] }).entries : (parsed.feed as { items?: unknown[] }).items) ?? [];
  const items: FeedItem[] = [];
  const broken: string[] = [];
  raw.forEach((entry, i) => {
    const e = entry as Record<string, unknown>;
    const link = linkOf(e, parsed.format);
    const title = typeof e.title === 'string' ? e.title : typeof (e.title as { value?: unknown })?.value === 'string' ? ((e.title as { value: string }).value) : undefined;
    let url: string | undefined;
    try {
      url = link ? new URL(link, feedUrl).href : undefined;
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:/.test(url)) {
      broken.push(`${feedUrl}: item ${i + 1}${title ? ` ("${title}")` : ''}: no http(s) link${link ? ` ("${link}")` : ''}`);
      return;
    }
    const guid = (e.guid as { value?: string } | undefined)?.value ?? (typeof e.id === 'string' ? e.id : undefined);
    items.push({ key: guid ?? url, url, ...(title ? { title } : {}) });
  });
  return { items, broken };
}

function linkOf(e: Record<string, unknown>, format: string): string | undefined {
  if (format === 'json') return typeof e.url === 'string' ? e.url : typeof e.external_url === 'string' ? e.external_url : undefined;
  if (format === 'atom') {
    const links = (e.links as Array<{ href?: string; rel?: string }> | undefined) ?? [];
    return (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href;
  }
  return typeof e.link === 'string' ? e.link.trim() : undefined;
}
