import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { graphFingerprint, openTestGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { runCli } from '../support/runCli.ts';
import { startNewsSite, type NewsSite } from '../support/newsSiteServer.ts';

const WEB = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'web');
const page = (name: string) => fs.readFileSync(path.join(WEB, name));
const ZIP = fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'gdelt', 'events-mixed.zip'));

function rss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ledger world</title><link>${base}/</link>
<item><title>EU and Britain target Russia's shadow fleet</title><link>${base}/eu</link><guid>ledger-1</guid><pubDate>Tue, 20 May 2025 09:30:00 GMT</pubDate></item>
<item><title>A story that was taken down</title><link>${base}/gone</link><guid>ledger-2</guid></item>
<item><title>An item without a link</title><guid>ledger-3</guid></item>
</channel></rss>`;
}
const atom = (base: string) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Post</title><id>urn:hp</id><updated>2025-06-10T06:00:00Z</updated>
<entry><id>urn:hp:1</id><title>Allies criticise Israeli strikes</title><link href="${base}/hodeidah"/><updated>2025-06-10T06:00:00Z</updated></entry></feed>`;
const jsonFeed = (base: string) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Plain', items: [{ id: 'plain-1', url: `${base}/turkey`, title: 'Turkey strikes' }] });
const bigFeed = (base: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: 10_000 }, (_, i) => `<item><title>Item ${i}</title><link>${base}/big/${i}</link><guid>big-${i}</guid></item>`).join('')}</channel></rss>`;

describe('newsgraph watch (feeds and GDELT served on 127.0.0.1, real Neo4j)', () => {
  let graph: Graph;
  let site: NewsSite;
  let env: NodeJS.ProcessEnv;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-watch-'));
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    site = await startNewsSite({
      '/eu': { body: page('eu-sanctions.html') },
      '/hodeidah': { body: page('hodeidah.html') },
      '/turkey': { body: page('turkey-plain.html') },
      '/feeds/broken.xml': { type: 'application/rss+xml', body: '<rss version="2.0"><channel><item><title>cut off' },
    });
    site.routes.set('/feeds/world.rss', { type: 'application/rss+xml', body: rss(site.url), etag: '"w1"' });
    site.routes.set('/feeds/harbour.atom', { type: 'application/atom+xml', body: atom(site.url), lastModified: 'Tue, 10 Jun 2025 06:00:00 GMT' });
    site.routes.set('/feeds/plain.json', { type: 'application/feed+json', body: jsonFeed(site.url) });
    site.routes.set('/feeds/big.rss', { type: 'application/rss+xml', body: bigFeed(site.url) });
    const name = '20250520091500.export.CSV.zip';
    const md5 = crypto.createHash('md5').update(ZIP).digest('hex');
    site.routes.set(`/gdeltv2/${name}`, { type: 'application/zip', body: ZIP });
    site.routes.set('/gdeltv2/lastupdate.txt', {
      type: 'text/plain',
      body: `${ZIP.length} ${md5} ${site.url}/gdeltv2/${name}\n9 0123456789abcdef0123456789abcdef ${site.url}/gdeltv2/20250520091500.mentions.CSV.zip\n`,
    });
    env = { ...testNeo4jEnv(), NEWSGRAPH_HOME: home, NEWSGRAPH_GDELT_BASE_URL: `${site.url}/gdeltv2` };
  });
  afterAll(async () => {
    await site?.close();
    await graph?.close();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('adds the new items of RSS, Atom and JSON feeds; a broken feed, a dead link and a link-less item are one line each and the rest goes on', async () => {
    const feeds = ['/feeds/world.rss', '/feeds/broken.xml', '/feeds/harbour.atom', '/feeds/plain.json'].map((p) => `${site.url}${p}`);
    const r = await runCli(['watch', ...feeds, '--once'], { env, timeoutMs: 300_000 });
    expect(r.stdout).toMatch(/added .*\/eu -> web-ledger-example-com-/);
    expect(r.stdout).toMatch(/added .*\/hodeidah -> web-harbourpost-example-org-/);
    expect(r.stdout).toMatch(/added .*\/turkey -> web-/);
    expect(r.stderr).toMatch(/broken\.xml: not a readable RSS, Atom or JSON feed/);
    expect(r.stderr).toMatch(/\/gone: 404 Not Found/);
    expect(r.stderr).toMatch(/item 3 \("An item without a link"\): no http\(s\) link; skipped/);
    expect(r.code).toBe(3); // the worst problem: a 404
    const urls = await graph.runText<{ url: string }>("MATCH (a:Article) WHERE a.id STARTS WITH 'web-' RETURN a.url AS url ORDER BY url");
    expect(urls.map((u) => u.url)).toHaveLength(3);
  }, 300_000);

  it('a second poll sends conditional requests, takes nothing seen before and changes nothing', async () => {
    const before = await graphFingerprint(graph);
    const mark = site.requests.length;
    const feeds = ['/feeds/world.rss', '/feeds/harbour.atom', '/feeds/plain.json'].map((p) => `${site.url}${p}`);
    const r = await runCli(['watch', ...feeds, '--once'], { env, timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/world\.rss: not modified/);
    expect(r.stdout).toMatch(/harbour\.atom: not modified/);
    expect(r.stdout).toMatch(/plain\.json: 1 items, 0 new/);
    const sent = site.requests.slice(mark);
    expect(sent.find((q) => q.path === '/feeds/world.rss')?.ifNoneMatch).toBe('"w1"');
    expect(sent.find((q) => q.path === '/feeds/harbour.atom')?.ifModifiedSince).toBe('Tue, 10 Jun 2025 06:00:00 GMT');
    expect(sent.some((q) => ['/eu', '/hodeidah', '/turkey', '/gone'].includes(q.path))).toBe(false);
    expect(await graphFingerprint(graph)).toEqual(before);
  }, 120_000);

  it('a 10,000-item feed: only --max-items unseen items per poll, the next poll takes the next ones', async () => {
    const feed = `${site.url}/feeds/big.rss`;
    const first = await runCli(['watch', feed, '--once', '--max-items', '3'], { env, timeoutMs: 120_000 });
    expect(first.stdout).toMatch(/big\.rss: 10000 items, 10000 new, taking 3 now/);
    const second = await runCli(['watch', feed, '--once', '--max-items', '3'], { env, timeoutMs: 120_000 });
    expect(second.stdout).toMatch(/big\.rss: 10000 items, 9997 new, taking 3 now/);
    const fetched = site.requests.filter((q) => q.path.startsWith('/big/')).map((q) => q.path);
    expect(fetched.sort()).toEqual(['/big/0', '/big/1', '/big/2', '/big/3', '/big/4', '/big/5']);
  }, 240_000);

  it('watch gdelt imports the export lastupdate.txt names, once', async () => {
    const r = await runCli(['watch', 'gdelt', '--once'], { env, timeoutMs: 180_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/gdelt: imported 20250520091500\.export\.CSV\.zip: \d+ rows, [1-9]\d* facts written/);
    const before = await graphFingerprint(graph);
    const again = await runCli(['watch', 'gdelt', '--once'], { env, timeoutMs: 120_000 });
    expect(again.stdout).toMatch(/already imported/);
    expect(await graphFingerprint(graph)).toEqual(before);
  }, 300_000);
});
