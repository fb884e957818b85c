import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { graphFingerprint, openTestGraph, testConfig } from '../support/testGraph.ts';

// What a web page can do: Bolt's port accepts a WebSocket upgrade from any Origin (Neo4j has
// no Origin check), so the only guard is authentication. A client with no credentials
// speaking Bolt over that WebSocket must be refused before it can run anything.

/** Bolt PackStream: a short string. */
const str = (s: string) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
};
/** Bolt PackStream: a small map of strings (or nested buffers). */
const map = (entries: Record<string, Buffer | string>) =>
  Buffer.concat([Buffer.from([0xa0 | Object.keys(entries).length]), ...Object.entries(entries).flatMap(([k, v]) => [str(k), typeof v === 'string' ? str(v) : v])]);
/** One Bolt message as a single chunk plus the end marker. */
const message = (signature: number, ...fields: Buffer[]) => {
  const body = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields]);
  const size = Buffer.alloc(2);
  size.writeUInt16BE(body.length);
  return Buffer.concat([size, body, Buffer.from([0, 0])]);
};
/** A masked binary WebSocket frame (clients must mask). */
const frame = (payload: Buffer) => {
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  const header = payload.length < 126 ? Buffer.from([0x82, 0x80 | payload.length]) : Buffer.from([0x82, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([header, mask, masked]);
};

describe('Bolt over WebSocket from a hostile web page', () => {
  it('gets the upgrade but no session: without credentials it is refused and writes nothing', async () => {
    const graph = openTestGraph();
    const before = await graphFingerprint(graph);
    const { port } = new URL(testConfig().neo4j.uri!);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = Buffer.alloc(0);
    socket.on('data', (d) => (received = Buffer.concat([received, d])));
    const waitFor = async (test: () => boolean) => {
      const deadline = Date.now() + 20_000;
      while (!test() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    try {
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      socket.write(
        [
          'GET / HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          'Origin: https://evil.example',
          '',
          '',
        ].join('\r\n'),
      );
      await waitFor(() => received.includes('\r\n\r\n'));
      const head = received.subarray(0, received.indexOf('\r\n\r\n') + 4).toString('latin1');
      expect(head).toMatch(/^HTTP\/1\.1 101/);
      received = received.subarray(head.length);

      // Bolt handshake: magic, then 5.4 and 4.4.
      socket.write(frame(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0])));
      await waitFor(() => received.length >= 6);
      expect([...received.subarray(2, 6)]).toEqual([0, 0, 4, 5]);
      received = Buffer.alloc(0);

      const hello = message(0x01, map({ user_agent: 'evil/1.0', bolt_agent: map({ product: 'evil/1.0' }) }));
      const logon = message(0x6a, map({ scheme: 'none' }));
      const run = message(0x10, str('CREATE (:Pwned)'), map({}), map({}));
      socket.write(frame(Buffer.concat([hello, logon, run])));
      await waitFor(() => received.includes('Unauthorized') || socket.destroyed);
      expect(received.toString('latin1')).toContain('Neo.ClientError.Security.Unauthorized');
    } finally {
      socket.destroy();
    }
    expect(await graphFingerprint(graph)).toEqual(before);
    await graph.close();
  });
});
