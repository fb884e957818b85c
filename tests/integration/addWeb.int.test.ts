import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/Graph.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { graphFingerprint, openTestGraph, testNeo4jEnv } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { runCli } from '../support/runCli.ts';
import { freePort } from '../../src/local-neo4j/localNeo4j.ts';
import { startNewsSite, troubleRoutes, type NewsSite } from '../support/newsSiteServer.ts';

const WEB = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'web');
const page = (name: string) => fs.readFileSync(path.join(WEB, name));
const EU_PATH = '/world/2025/05/20/eu-britain-shadow-fleet-sanctions';
const EU_CANONICAL = `https://ledger.example.com${EU_PATH}`;

describe('newsgraph add <url | page.html> (real Neo4j, pages served on 127.0.0.1)', () => {
  let graph: Graph;
  let site: NewsSite;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    site = await startNewsSite({
      [EU_PATH]: { body: page('eu-sanctions.html') },
      '/amp/eu-sanctions': { body: page('eu-sanctions.html') },
      '/r/eu': { status: 301, body: '', headers: { location: EU_PATH } },
      '/2025/06/hodeidah-strikes': { body: page('hodeidah.html') },
      '/paywalled': { body: page('paywall.html') },
      '/world': { body: page('section-index.html') },
      ...troubleRoutes(),
    });
    env = { ...testNeo4jEnv(), NEWSGRAPH_FETCH_TIMEOUT_MS: '20000', NEWSGRAPH_FETCH_MAX_BYTES: '1000000' };
  });
  afterAll(async () => {
    await site?.close();
    await graph?.close();
  });

  const article = async (id: string) =>
    (await graph.runText<Record<string, unknown>>('MATCH (a:Article {id: $id}) RETURN a.title AS title, a.url AS url, a.publisher AS publisher, a.author AS author, a.publishedAt AS publishedAt', { id }))[0];
  const evidence = async (id: string) =>
    (await graph.runText<{ evidence: string }>('MATCH (:Article {id: $id})-[r:REPORTS]->() RETURN r.evidence AS evidence', { id })).map((r) => r.evidence);

  it('fetches a news page, keeps its main text and metadata, and ingests the extracted facts', async () => {
    const r = await runCli(['add', `${site.url}${EU_PATH}`, '--json'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.articleId).toMatch(/^web-ledger-example-com-[0-9a-f]{12}$/);
    expect(summary.factsCreated).toBeGreaterThan(3);
    expect(await article(summary.articleId)).toEqual({
      title: "EU and Britain Target Russia's Shadow Fleet in New Sanctions Round",
      url: EU_CANONICAL,
      publisher: 'The Daily Ledger', // JSON-LD NewsArticle wins over og:site_name
      author: 'Anna Keller',
      publishedAt: '2025-05-20',
    });
    const quotes = await evidence(summary.articleId);
    expect(quotes.some((q) => /imposed new sanctions on Russia/.test(q))).toBe(true);
    // Menus, ads, related links, cookie banner and footer are not article text.
    expect(quotes.join(' ')).not.toMatch(/Advertisement|Related stories|cookies|Subscribe|Oil prices climb|newsletter/);
  });

  it('the same article again, from another URL with the same canonical URL or from a saved copy, changes nothing', async () => {
    const before = await graphFingerprint(graph);
    for (const source of [`${site.url}/amp/eu-sanctions`, `${site.url}/r/eu`, path.join(WEB, 'eu-sanctions.html')]) {
      const r = await runCli(['add', source], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/gained: 0 new entities .*, 0 new facts, 0 corroborated, 0 new sources/);
    }
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('a changed version of the page replaces the earlier one', async () => {
    const [{ id }] = await graph.runText<{ id: string }>('MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: EU_CANONICAL }) as [{ id: string }];
    expect((await evidence(id)).some((q) => /Orban/.test(q))).toBe(true);
    site.routes.set(EU_PATH, { body: page('eu-sanctions-updated.html') });
    const r = await runCli(['add', `${site.url}${EU_PATH}`, '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articleId).toBe(id);
    expect((await evidence(id)).some((q) => /Orban/.test(q))).toBe(false);
    expect(await graph.runText('MATCH (a:Article {url: $url}) RETURN a.id', { url: EU_CANONICAL })).toHaveLength(1);
  });

  it('a page with Open Graph tags only: og:url without tracking parameters is the canonical URL', async () => {
    const r = await runCli(['add', `${site.url}/2025/06/hodeidah-strikes?utm_source=feed`, '--json'], { env });
    expect(r.code).toBe(0);
    expect(await article(JSON.parse(r.stdout).articleId)).toMatchObject({
      url: 'https://harbourpost.example.org/2025/06/hodeidah-strikes',
      publisher: 'Harbour Post',
      author: 'Omar Haddad',
      publishedAt: '2025-06-10',
    });
  });

  it('bad input: one line each, the documented exit code, and the graph unchanged', async () => {
    const before = await graphFingerprint(graph);
    const closedPort = await freePort();
    const cases: Array<[string, RegExp, number]> = [
      [`http://127.0.0.1:${closedPort}/article`, /\/article: cannot reach the server \(ECONNREFUSED\)/, 10],
      [`${site.url}/no-such-story`, /no-such-story: 404 Not Found \(no web page at this address\)/, 3],
      [`${site.url}/server-error`, /server-error: the server answered 500 Internal Server Error; try again later/, 10],
      [`${site.url}/report.pdf`, /report\.pdf: the content type is "application\/pdf", not a web page/, 2],
      [`${site.url}/world`, /world: no main article text found .*: 0 words outside links/, 2],
      [`${site.url}/paywalled`, /paywalled: the page marks the article as paywalled and shows only a teaser/, 2],
      [`${site.url}/huge`, /huge: the web page is larger than the limit of 1000000 bytes/, 2],
      [`${site.url}/loop-a`, /loop-a: redirect loop \(.*\/loop-a again after 2 redirects\)/, 2],
      [`${site.url}/slow`, /slow: no complete answer within 1500 ms/, 6],
      [path.join(WEB, 'missing.html'), /missing\.html: cannot read the page \(no such file\)/, 2],
    ];
    // Independent and writing nothing: run side by side (each is a whole CLI process).
    const results = await Promise.all(cases.map(([source]) => runCli(['add', source], { env: source.endsWith('/slow') ? { ...env, NEWSGRAPH_FETCH_TIMEOUT_MS: '1500' } : env })));
    for (const [i, [source, message, code]] of cases.entries()) {
      const r = results[i]!;
      expect(r.stderr, source).toMatch(message);
      expect(r.stderr.trim().split('\n'), source).toHaveLength(1);
      expect(r.code, source).toBe(code);
    }
    expect(await graphFingerprint(graph)).toEqual(before);
  }, 300_000);
});
