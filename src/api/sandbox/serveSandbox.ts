import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request, Response } from 'express';

const PAGE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sandbox.html');

/**
 * Express middleware for GET /graphql: browsers (that prefer text/html and send no query) get
 * the self-contained sandbox page; every other request goes on to the GraphQL handler.
 */
export function serveSandbox() {
  const html = fs.readFileSync(PAGE, 'utf8');
  return (req: Request, res: Response, next: NextFunction) => {
    const wantsPage = req.method === 'GET' && req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    res.type('html').set('Cache-Control', 'no-cache').send(html);
  };
}
