/**
 * A small OpenAI-compatible chat-completions server on 127.0.0.1 (a free port) for tests: it
 * answers POST /v1/chat/completions from a script of recorded fixture responses
 * (tests/fixtures/llm/) and records every request it gets (headers, body, arrival time).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';

/** One scripted reply: a status, headers, a body (a fixture name, an object or raw text) and a delay. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** `fixture:<name>` reads tests/fixtures/llm/<name>.json. */
  body: unknown;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: { model?: string; temperature?: number; max_tokens?: number; messages?: Array<{ role: string; content: string }>; response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: Record<string, unknown> } } };
  at: number;
}

export interface FakeChatServer {
  /** Base URL as NEWSGRAPH_LLM_BASE_URL takes it (…/v1). */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A fixture response by name. */
export function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'llm', `${name}.json`), 'utf8'));
}

/** Starts the server; replies are used in order, and the last one repeats once the script runs out. */
export async function startFakeChatServer(script: FakeReply[]): Promise<FakeChatServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const at = Date.now();
      let body: RecordedRequest['body'] = {};
      try {
        body = JSON.parse(raw);
      } catch {
        // recorded as {}; the test asserts on it
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const reply = script[Math.min(requests.length - 1, script.length - 1)]!;
      const payload = typeof reply.body === 'string' && reply.body.startsWith('fixture:') ? fixture(reply.body.slice(8)) : reply.body;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers }).end(text);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
