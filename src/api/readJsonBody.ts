import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';

/** Largest request body accepted on /graphql (after decompression); larger ones get 413. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

/**
 * True for the common request that needs none of body-parser's machinery: UTF-8 JSON, no
 * Content-Encoding, a Content-Length within the limit. Everything else (gzip, other charsets,
 * chunked bodies, bodies over the limit, other media types) goes through body-parser.
 */
export function isPlainJsonBody(headers: IncomingMessage['headers']): boolean {
  const length = headers['content-length'];
  return (
    headers['content-encoding'] === undefined &&
    headers['transfer-encoding'] === undefined &&
    length !== undefined &&
    /^\d+$/.test(length) &&
    Number(length) <= BODY_LIMIT_BYTES &&
    PLAIN_JSON.has((headers['content-type'] ?? '').toLowerCase())
  );
}

/** body-parser's strict JSON: an empty body is {}, anything but an object or array is refused. */
function parseStrict(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = /\S/.exec(body)?.[0];
  if (first !== '{' && first !== '[') throw new SyntaxError('not a JSON object or array');
  return JSON.parse(body);
}

/**
 * Reads the request's JSON body into `req.body`, then calls `done` (with body-parser's error
 * shape on failure: `type` is what httpErrors.ts classifies). Plain UTF-8 JSON with a
 * Content-Length within the limit is read and parsed directly (body-parser's stream plumbing
 * cost 0.2-0.3 ms a request on this machine, `npm run bench:fixed`); every other request goes
 * through body-parser's JSON parser with the same limit, so the limit, charsets and encodings
 * behave as before.
 */
export function jsonBodyReader() {
  const fallback = bodyParser.json({ limit: BODY_LIMIT_BYTES });
  return (req: IncomingMessage, res: ServerResponse, done: (error?: unknown) => void): void => {
    if (req.method !== 'POST' || !isPlainJsonBody(req.headers)) return fallback(req, res, done);
    const chunks: Buffer[] = [];
    let finished = false;
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      done(error);
    };
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('aborted', () => finish({ type: 'request.aborted', status: 400 }));
    req.on('error', () => finish({ type: 'request.aborted', status: 400 }));
    req.on('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (body.length !== Number(req.headers['content-length'])) return finish({ type: 'request.size.invalid', status: 400 });
      try {
        (req as { body?: unknown }).body = parseStrict(body.toString('utf8'));
      } catch {
        return finish({ type: 'entity.parse.failed', status: 400 });
      }
      finish();
    });
  };
}
