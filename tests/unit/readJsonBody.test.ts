import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import bodyParser from 'body-parser';
import { describe, expect, it } from 'vitest';
import { readJsonBody, type BodyReader } from '../../src/api/readJsonBody.ts';

const LIMIT = 1024;
const res = {} as ServerResponse;

/** A request stream with these headers that delivers `body` in two pieces. */
function request(headers: Record<string, string>, body: string | Buffer, { abort = false } = {}): IncomingMessage {
  const req = Object.assign(new PassThrough(), { headers, method: 'POST', url: '/graphql', complete: false });
  const bytes = Buffer.from(body);
  setImmediate(() => {
    req.write(bytes.subarray(0, 3));
    if (abort) {
      req.destroy();
      return;
    }
    req.complete = true;
    req.end(bytes.subarray(3));
  });
  return req as unknown as IncomingMessage;
}

/** Runs the reader; what it set as req.body, the error it passed on, and what the fallback saw. */
async function read(req: IncomingMessage) {
  const seen: { calls: number; body?: string } = { calls: 0 };
  const parser = bodyParser.json({ limit: LIMIT });
  const fallback: BodyReader = (r, s, next) => {
    seen.calls++;
    parser(r, s, next);
  };
  const error = await new Promise<unknown>((resolve) => readJsonBody(LIMIT, fallback)(req, res, resolve));
  return { body: (req as { body?: unknown }).body, error: error as { type?: string; status?: number } | undefined, fallbackCalls: seen.calls };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const withLength = (body: string, headers: Record<string, string> = JSON_TYPE) => ({ ...headers, 'content-length': String(Buffer.byteLength(body)) });

describe('readJsonBody: plain JSON read directly, everything else through body-parser', () => {
  it('reads an ordinary GraphQL POST itself (body-parser is not called)', async () => {
    const body = '{"query":"{ stats { entityCounts { count } } }","variables":{"q":"Çhile"}}';
    const out = await read(request(withLength(body), body));
    expect(out).toEqual({ body: { query: '{ stats { entityCounts { count } } }', variables: { q: 'Çhile' } }, error: undefined, fallbackCalls: 0 });
    const upper = await read(request(withLength(body, { 'content-type': 'application/json; charset=UTF-8' }), body));
    expect(upper.fallbackCalls).toBe(0);
  });

  it('hands malformed JSON to body-parser as the same bytes, so its error (entity.parse.failed, 400) stands', async () => {
    const body = '{"query": "{ stats';
    const out = await read(request(withLength(body), body));
    expect(out.fallbackCalls).toBe(1);
    expect(out.error).toMatchObject({ status: 400, type: 'entity.parse.failed' });
  });

  it('leaves what body-parser alone accepts to it: leading whitespace, a byte-order mark, other charsets, no length', async () => {
    const spaced = '  {"query":"{ __typename }"}';
    expect(await read(request(withLength(spaced), spaced))).toMatchObject({ body: { query: '{ __typename }' }, fallbackCalls: 1 });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"{ __typename }"}')]);
    expect(await read(request({ ...JSON_TYPE, 'content-length': String(bom.length) }, bom))).toMatchObject({ body: { query: '{ __typename }' }, fallbackCalls: 1 });
    const latin1 = await read(request(withLength('{}', { 'content-type': 'application/json; charset=latin1' }), '{}'));
    expect(latin1).toMatchObject({ fallbackCalls: 1, error: { status: 415, type: 'charset.unsupported' } });
    expect(await read(request({ ...JSON_TYPE, 'transfer-encoding': 'chunked' }, '{"a":1}'))).toMatchObject({ fallbackCalls: 1 });
  });

  it('sends a body over the limit to body-parser unread (413 entity.too.large)', async () => {
    const body = `{"query":"${'x'.repeat(LIMIT)}"}`;
    const out = await read(request(withLength(body), body));
    expect(out).toMatchObject({ fallbackCalls: 1, error: { status: 413, type: 'entity.too.large' } });
  });

  it('reports a client that goes away mid-body as request.aborted (400)', async () => {
    const body = '{"query":"{ __typename }"}';
    const out = await read(request(withLength(body), body, { abort: true }));
    expect(out).toMatchObject({ fallbackCalls: 0, error: { status: 400, type: 'request.aborted' } });
  });
});
