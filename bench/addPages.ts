/**
 * `npx tsx bench/addPages.ts` (with a running Neo4j: NEO4J_URI or the local one): pages per
 * second for `add <url>` on the saved news pages in tests/fixtures/web, served on 127.0.0.1.
 * Reports reading alone (fetch + Readability + metadata) and the whole add (also extraction and
 * the ingest transaction; each page gets a fresh canonical URL so every ingest writes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { addWebArticle, openAddSession } from '../src/cli/addArticle.ts';
import { connect } from '../src/cli/connect.ts';
import { createExtractor } from '../src/extract/extractors.ts';
import { loadWebArticle } from '../src/sources/loadWebArticle.ts';
import { startNewsSite } from '../tests/support/newsSiteServer.ts';

const rounds = Number(process.argv[2] ?? 20);
const pages = ['eu-sanctions.html', 'hodeidah.html', 'turkey-plain.html'].map((f) => fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'web', f), 'utf8'));
const site = await startNewsSite();
// Page i of round r gets its own canonical URL, so each one is a new article.
const urls: string[] = [];
for (let r = 0; r < rounds; r++) {
  pages.forEach((html, i) => {
    const p = `/bench/${r}/${i}`;
    site.routes.set(p, { body: html.replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>|"mainEntityOfPage":"[^"]*",?/g, '') });
    urls.push(`${site.url}${p}`);
  });
}
const config = loadConfig();
let t = performance.now();
for (const url of urls) await loadWebArticle(url, config.fetch);
const readSeconds = (performance.now() - t) / 1000;
const { graph } = await connect();
const session = await openAddSession(graph, config, await createExtractor('rules', config));
t = performance.now();
for (const url of urls) await addWebArticle(session, url);
const addSeconds = (performance.now() - t) / 1000;
await graph.close();
await site.close();
const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
console.log(`${urls.length} pages: read ${(urls.length / readSeconds).toFixed(1)} pages/s (${((readSeconds / urls.length) * 1000).toFixed(0)} ms each); whole add ${(urls.length / addSeconds).toFixed(1)} pages/s (${((addSeconds / urls.length) * 1000).toFixed(0)} ms each); load average ${load}`);
