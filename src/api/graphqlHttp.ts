import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { sendHttpFailure } from './httpErrors.ts';
import { readJsonBody } from './readJsonBody.ts';
import { wantsSandboxPage } from './sandbox/serveSandbox.ts';

/** Largest request body accepted on /graphql (after decompression), in bytes (2 MiB); larger ones get 413. */
export const BODY_LIMIT = 2 * 1024 * 1024;

/**
 * `/graphql`, `/graphql/` and below, any case, also in the absolute form a client sends to a
 * proxy (`http://host:4000/graphql`): the paths Express's `app.use('/graphql')` took.
 */
export function isGraphqlPath(url: string | undefined): boolean {
  return /^(?:[a-z][a-z\d+.-]*:\/\/[^/?#]*)?\/graphql(?:[/?#]|$)/i.test(url ?? '');
}

export interface GraphqlHttpOptions<Context> {
  /** The request's GraphQL context (what every resolver receives). */
  context: (req: IncomingMessage) => Context;
  /** The sandbox page for browsers on GET /graphql. */
  sandboxHtml: string;
  log: (line: string) => void;
}

/**
 * The GraphQL endpoint on plain node:http, through Apollo's documented integration point
 * (`executeHTTPGraphQLRequest`), without Express: Express's router and its request / response
 * wrappers cost about 0.25 ms per request and body parsing another 0.2 ms (bench/fixedCost.ts),
 * which shows on answers of 3-7 ms. Behaviour is Express's: body-parser's JSON parser (behind
 * readJsonBody's path for plain JSON) with the same 2 MB limit, charsets and
 * Content-Encodings, request-level failures through sendHttpFailure, the sandbox page for browsers on GET, Apollo's answer as it is (status,
 * headers, body; chunked bodies streamed).
 */
export function graphqlHttpHandler<Context extends object>(apollo: ApolloServer<Context>, options: GraphqlHttpOptions<Context>) {
  const json = readJsonBody(BODY_LIMIT, bodyParser.json({ limit: BODY_LIMIT }));
  const fail = (error: unknown, req: IncomingMessage, res: ServerResponse) => {
    if (res.headersSent) res.destroy(error as Error);
    else sendHttpFailure(error, req, res, options.log);
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (wantsSandboxPage(req)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(options.sandboxHtml) });
      res.end(options.sandboxHtml);
      return;
    }
    json(req, res, (error?: unknown) => {
      if (error) return fail(error, req, res);
      answer(apollo, req, res, options.context).catch((e: unknown) => fail(e, req, res));
    });
  };
}

async function answer<Context extends object>(apollo: ApolloServer<Context>, req: IncomingMessage, res: ServerResponse, context: (req: IncomingMessage) => Context): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: (req as { body?: unknown }).body },
    context: async () => context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // Encoded once: Buffer.byteLength and then end(string) would walk a 1.7 MB answer twice.
    const body = Buffer.from(response.body.string, 'utf8');
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
