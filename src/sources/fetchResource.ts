import { InvalidInputError, NotFoundError, SourceUnavailableError, TimeoutError } from '../errors/AppError.ts';
import type { Config } from '../config/loadConfig.ts';

/** A fetched resource: the final URL after redirects, its content type and body, and the validators for the next conditional request. */
export interface FetchedResource {
  url: string;
  /** 304 Not Modified: `body` is empty and the caller's copy is current. */
  notModified: boolean;
  /** Media type without parameters, lower case (`text/html`). */
  contentType: string;
  /** The `charset` parameter of Content-Type, when the server sent one. */
  charset?: string;
  body: Buffer;
  etag?: string;
  lastModified?: string;
}

/** What a caller accepts and the validators of its earlier copy. */
export interface FetchOptions {
  /** Lower-case media types (or `type/*` prefixes) the caller can read, e.g. `text/html`. */
  accept: readonly string[];
  /** What the resource is, for messages ("page", "feed"). */
  what: string;
  etag?: string;
  lastModified?: string;
}

/**
 * GETs an http(s) URL within `config.fetch`'s limits: a timeout for the whole exchange, a size
 * cap enforced while streaming (and from Content-Length up front), at most `maxRedirects`
 * redirects (a loop is reported as such) and a content-type check. Each failure is one
 * AppError whose message names the URL: 404/410 NotFoundError, other 4xx / wrong type / too
 * big / redirect loop InvalidInputError, unreachable / 5xx SourceUnavailableError, slow TimeoutError.
 */
export async function fetchResource(url: string, limits: Config['fetch'], options: FetchOptions): Promise<FetchedResource> {
  let current = checkUrl(url);
  const seen = new Set<string>([current.href]);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': limits.userAgent, accept: `${options.accept.join(', ')}, */*;q=0.1` };
      if (options.etag) headers['if-none-match'] = options.etag;
      if (options.lastModified) headers['if-modified-since'] = options.lastModified;
      let response: Response;
      try {
        response = await fetch(current, { redirect: 'manual', signal: controller.signal, headers });
      } catch (error) {
        throw networkError(url, error, controller.signal.aborted, limits.timeoutMs);
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new InvalidInputError(`${url}: redirect (${response.status}) without a Location header`, { url });
        const next = checkUrl(new URL(location, current).href);
        if (seen.has(next.href)) throw new InvalidInputError(`${url}: redirect loop (${next.href} again after ${hop + 1} redirects)`, { url });
        if (hop + 1 > limits.maxRedirects) throw new InvalidInputError(`${url}: more than ${limits.maxRedirects} redirects`, { url });
        seen.add(next.href);
        current = next;
        continue;
      }
      const validators = { etag: response.headers.get('etag') ?? options.etag, lastModified: response.headers.get('last-modified') ?? options.lastModified };
      if (response.status === 304) {
        await response.body?.cancel();
        return { url: current.href, notModified: true, contentType: '', body: Buffer.alloc(0), ...definedOnly(validators) };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        if (response.status === 404 || response.status === 410) throw new NotFoundError(`${url}: ${status} (no ${options.what} at this address)`, { url, status: response.status });
        if (response.status >= 500 || response.status === 429) throw new SourceUnavailableError(`${url}: the server answered ${status}; try again later`, { url, status: response.status });
        throw new InvalidInputError(`${url}: the server answered ${status}`, { url, status: response.status });
      }
      const typeHeader = response.headers.get('content-type') ?? '';
      const contentType = typeHeader.split(';')[0]!.trim().toLowerCase();
      const charset = /charset=["']?([\w-]+)/i.exec(typeHeader)?.[1];
      if (!options.accept.some((type) => (type.endsWith('/*') ? contentType.startsWith(type.slice(0, -1)) : contentType === type))) {
        await response.body?.cancel();
        throw new InvalidInputError(`${url}: the content type is "${contentType || 'missing'}", not a ${options.what} (${options.accept.join(', ')})`, { url, contentType });
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(url, options.what, limits.maxBytes, `${declared} bytes`);
      }
      const body = await readCapped(response, url, options.what, limits, controller.signal);
      return { url: current.href, notModified: false, contentType, body, ...definedOnly({ ...validators, charset }) };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, url: string, what: string, limits: Config['fetch'], signal: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > limits.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge(url, what, limits.maxBytes, 'more');
      }
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw networkError(url, error, signal.aborted, limits.timeoutMs);
  }
  return Buffer.concat(chunks);
}

function checkUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInputError(`${text}: not a URL`, { url: text });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidInputError(`${text}: only http and https URLs can be fetched`, { url: text });
  return url;
}

function tooLarge(url: string, what: string, max: number, actual: string): InvalidInputError {
  return new InvalidInputError(`${url}: the ${what} is larger than the limit of ${max} bytes (${actual}; NEWSGRAPH_FETCH_MAX_BYTES)`, { url, limit: max });
}

function networkError(url: string, error: unknown, aborted: boolean, timeoutMs: number): Error {
  if (aborted) return new TimeoutError(`${url}: no complete answer within ${timeoutMs} ms (NEWSGRAPH_FETCH_TIMEOUT_MS)`, { cause: error });
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return new SourceUnavailableError(`${url}: cannot reach the server (${reason})`, { url }, { cause: error });
}

function definedOnly<T extends Record<string, string | null | undefined>>(map: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => typeof v === 'string')) as { [K in keyof T]?: string };
}
