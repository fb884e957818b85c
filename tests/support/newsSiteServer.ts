import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: status, headers and body, or a handler for special behaviour (slow, streaming). */
export type Route =
  | { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string>; etag?: string; lastModified?: string }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

/** A small web server on 127.0.0.1 serving saved news pages, feeds and GDELT files for tests. */
export interface NewsSite {
  url: string;
  /** Every request seen: method, path and the conditional headers sent. */
  requests: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }>;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/**
 * Starts the server on a free port. Static routes honour If-None-Match / If-Modified-Since
 * with 304 when they have an `etag` / `lastModified`; unknown paths answer 404.
 */
export async function startNewsSite(routes: Record<string, Route> = {}): Promise<NewsSite> {
  const table = new Map(Object.entries(routes));
  const requests: NewsSite['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    requests.push({ path, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(ifModifiedSince ? { ifModifiedSince } : {}) });
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    const headers: Record<string, string> = { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    if ((route.etag && ifNoneMatch === route.etag) || (route.lastModified && !route.etag && ifModifiedSince === route.lastModified)) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(route.status ?? 200, headers).end(route.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Routes every test site has: a slow page, 404/500, a redirect loop, a non-HTML body, an oversized page. */
export function troubleRoutes(): Record<string, Route> {
  return {
    '/slow': (_req, res) => {
      // Headers at once, the body never completes: only the client's timeout ends this.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      const timer = setTimeout(() => res.end('late</p></body></html>'), 60_000);
      res.on('close', () => clearTimeout(timer));
    },
    '/server-error': { status: 500, body: '<h1>Internal Server Error</h1>' },
    '/loop-a': { status: 302, body: '', headers: { location: '/loop-b' } },
    '/loop-b': { status: 302, body: '', headers: { location: '/loop-a' } },
    '/report.pdf': { type: 'application/pdf', body: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n', 'latin1') },
    '/huge': (_req, res) => {
      // No Content-Length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'filler text '.repeat(5000)}</p>`;
      let sent = 0;
      const write = () => {
        while (sent < 400 && res.write(chunk)) sent++;
        if (sent >= 400) res.end();
        else res.once('drain', write);
      };
      write();
    },
  };
}
