import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';

/** A request-level failure (before GraphQL runs): its HTTP status and `extensions.code`. */
interface HttpFailure {
  status: number;
  code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'INTERNAL_SERVER_ERROR';
  message: string;
}

/** body-parser's error types (err.type) and what each means for the client. */
function classify(error: { type?: string; status?: number; statusCode?: number; limit?: number; charset?: string; encoding?: string }): HttpFailure {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `the request body is larger than the limit of ${error.limit} bytes` };
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `unsupported charset "${String(error.charset).toUpperCase()}": send UTF-8 JSON` };
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `unsupported Content-Encoding "${error.encoding}": send identity, gzip, deflate or br` };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
    case 'entity.verify.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'the request body could not be read' };
  }
  const status = error.status ?? error.statusCode;
  if (status === 400) return { status: 400, code: 'BAD_REQUEST', message: 'bad request' };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'internal server error' };
}

/** The media type of the error body: what the client accepts, GraphQL's own preferred. */
function mediaType(req: IncomingMessage): string {
  return /application\/graphql-response\+json/.test(req.headers.accept ?? '') ? 'application/graphql-response+json' : 'application/json';
}

/**
 * The one error path for request-level failures on HTTP (malformed JSON, a body over the
 * limit, an unsupported charset or Content-Encoding, anything thrown outside GraphQL): the
 * client gets a GraphQL error body with `extensions.code` and the right status, the log gets
 * one line (method, path, status, code, reason), never a stack trace or an HTML page. Works on
 * plain node:http requests (the GraphQL endpoint, graphqlHttp.ts) and on Express's.
 */
export function sendHttpFailure(error: unknown, req: IncomingMessage, res: ServerResponse, log: (line: string) => void): void {
  const failure = classify((error ?? {}) as Parameters<typeof classify>[0]);
  const reason = failure.code === 'INTERNAL_SERVER_ERROR' ? `${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}` : failure.message;
  const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];
  log(`newsgraph api: ${req.method} ${path} -> ${failure.status} ${failure.code}: ${reason.split('\n')[0]}`);
  const body = JSON.stringify({ errors: [{ message: failure.message, extensions: { code: failure.code } }] });
  res.writeHead(failure.status, { 'content-type': `${mediaType(req)}; charset=utf-8`, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** sendHttpFailure as Express's error handler (the routes Express keeps: /health, /ready, static files). */
export function httpErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    sendHttpFailure(error, req, res, log);
  };
}

/**
 * HTTP 503 (with Retry-After) for a GraphQL response that has no data because the database
 * is unavailable, when the client accepts application/graphql-response+json: the
 * GraphQL-over-HTTP spec allows a non-2xx status there; plain application/json clients keep
 * 200, as that spec asks.
 */
export function databaseUnavailableStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data != null || !errors?.length || !errors.every((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) return;
          if (!/application\/graphql-response\+json/.test(request.http?.headers.get('accept') ?? '')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
}
