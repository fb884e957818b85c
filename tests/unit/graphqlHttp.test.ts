import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isGraphqlPath } from '../../src/api/graphqlHttp.ts';
import { wantsSandboxPage } from '../../src/api/sandbox/serveSandbox.ts';

const request = (method: string, url: string, accept?: string) => ({ method, url, headers: accept === undefined ? {} : { accept } }) as unknown as IncomingMessage;
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the GraphQL endpoint on node:http', () => {
  it('takes the paths Express mounted it on (/graphql, below it, any case, with a query, also in absolute form) and nothing else', () => {
    for (const url of ['/graphql', '/graphql/', '/graphql?query=%7B__typename%7D', '/GraphQL', '/graphql/x', '/graphql#top', 'http://127.0.0.1:4000/graphql', 'HTTP://example.org/graphql?query=x'])
      expect(isGraphqlPath(url), url).toBe(true);
    for (const url of ['/', '/graphqlx', '/health', '/ready', '/index.html', '/api/graphql', 'http://127.0.0.1:4000/', 'http://127.0.0.1:4000/health', 'http://graphql/', '//graphql', undefined])
      expect(isGraphqlPath(url), String(url)).toBe(false);
  });

  it('gives the sandbox page to a browser on GET without a query, GraphQL to everyone else', () => {
    expect(wantsSandboxPage(request('GET', '/graphql', BROWSER))).toBe(true);
    expect(wantsSandboxPage(request('GET', '/graphql', 'text/html'))).toBe(true);
    // A query parameter (even empty) is an API call; curl's */* and a missing Accept prefer JSON.
    expect(wantsSandboxPage(request('GET', '/graphql?query=%7B__typename%7D', BROWSER))).toBe(false);
    expect(wantsSandboxPage(request('GET', '/graphql?query=', BROWSER))).toBe(false);
    expect(wantsSandboxPage(request('GET', '/graphql', '*/*'))).toBe(false);
    expect(wantsSandboxPage(request('GET', '/graphql'))).toBe(false);
    expect(wantsSandboxPage(request('GET', '/graphql', 'application/graphql-response+json, text/html;q=0.5'))).toBe(false);
    expect(wantsSandboxPage(request('POST', '/graphql', BROWSER))).toBe(false);
  });
});
