import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import accepts from 'accepts';

const PAGE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sandbox.html');

/** The self-contained sandbox page (no external URLs). */
export function sandboxHtml(): string {
  return fs.readFileSync(PAGE, 'utf8');
}

/**
 * True for GET /graphql from a browser: it prefers text/html over both GraphQL media types
 * and sends no `query` parameter. Every other request goes on to the GraphQL handler.
 */
export function wantsSandboxPage(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  const url = req.url ?? '';
  const search = url.indexOf('?');
  if (search >= 0 && new URLSearchParams(url.slice(search)).has('query')) return false;
  return accepts(req).type(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}
