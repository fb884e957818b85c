import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/createServer.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { openGraph, type Graph } from '../../src/graph/Graph.ts';
import { freePort } from '../../src/local-neo4j/localNeo4j.ts';
import { ensureWebBuilt } from '../../src/explorer-build/ensureWebBuilt.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { openTestGraph, testConfig } from '../support/testGraph.ts';
import { clickElementUntil, closeExplorer, doubleClickElementUntilRender, edges, launchChromium, nodeIds, nodeLabels, openExplorer, pathNodeIds, renderCount, saveScreenshot, waitForRender } from './browser.ts';

// The explorer page in Debian's Chromium, against the real server and the real Neo4j with the
// seed article loaded. The tests run in order on one page: each step builds on the view the
// previous one left, as a person exploring would.
describe('the explorer page in a real browser', () => {
  let graph: Graph;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    ({ server, browser, page } = await openExplorer(graph, testConfig(), pageErrors, { acceptDownloads: true }));
    page.on('request', (request) => requests.push(request.url()));
  });
  afterAll(() => closeExplorer({ browser, server, graph }));

  it('serves the page at / with bundled assets only (no request leaves the server)', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.body.dataset.state === 'empty');
    expect(await page.title()).toBe('newsgraph explorer');
    const foreign = requests.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
    expect((await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ database { version } }"}' })).status).toBe(200);
    await saveScreenshot(page, '01-empty');
  });

  it('search "petro" suggests Gustavo Petro; picking him by keyboard shows Colombia and the Trump administration', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('petro', { delay: 30 });
    const first = page.locator('#search-list [role=option]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-entity-id')).toBe('gustavo-petro');
    const before = await renderCount(page);
    await page.keyboard.press('Enter');
    await waitForRender(page, before);
    const labels = await nodeLabels(page);
    expect(labels).toContain('Gustavo Petro');
    expect(labels).toContain('Colombia');
    expect(labels).toContain('Trump administration');
    expect(new URL(page.url()).searchParams.getAll('e')).toEqual(['gustavo-petro']);
    // The inspector shows the selected entity's type, aliases and timeline.
    await page.locator('#inspector .inspect-entity[data-entity-id="gustavo-petro"]').waitFor();
    const inspector = await page.locator('#inspector').innerText();
    expect(inspector).toContain('Person');
    expect(inspector).toContain('Timeline');
    await saveScreenshot(page, '02-petro');
  });

  it('keeps every node clear of the time bar and the legend: they sit above and below the graph, and the centre of each node can be clicked', async () => {
    const layout = await page.evaluate(() => {
      const graphEl = document.getElementById('graph')!;
      const graphBox = graphEl.getBoundingClientRect();
      const legendBox = document.querySelector('.legend')!.getBoundingClientRect();
      const covered = window.__newsgraph.cy
        .nodes()
        .filter((n) => {
          const p = n.renderedPosition();
          const x = graphBox.left + p.x;
          const y = graphBox.top + p.y;
          return x >= graphBox.left && x <= graphBox.right && y >= graphBox.top && y <= graphBox.bottom && !graphEl.contains(document.elementFromPoint(x, y));
        })
        .map((n) => n.id());
      const timeBar = document.getElementById('time-bar')!;
      return { graphTop: graphBox.top, graphBottom: graphBox.bottom, legendTop: legendBox.top, timeBarShown: !timeBar.hidden, timeBarBottom: timeBar.getBoundingClientRect().bottom, covered };
    });
    expect(layout.timeBarShown).toBe(true); // the seed has facts in time
    expect(layout.timeBarBottom).toBeLessThanOrEqual(layout.graphTop + 0.5);
    expect(layout.legendTop).toBeGreaterThanOrEqual(layout.graphBottom - 0.5);
    expect(layout.covered).toEqual([]);
  });

  it('clicking the SANCTIONED edge shows its evidence quote and article', async () => {
    const [row] = await graph.runText<{ evidence: string; title: string }>(
      "MATCH (a:Article)-[r:REPORTS]->(f:Fact {relation: 'SANCTIONED', objectId: 'gustavo-petro'}) RETURN r.evidence AS evidence, a.title AS title",
    );
    expect(row).toBeDefined();
    const sanctioned = (await edges(page)).find((e) => e.relation === 'SANCTIONED');
    expect(sanctioned).toBeDefined();
    const fact = page.locator(`#inspector .fact.highlighted[data-fact-id="${sanctioned!.id}"]`);
    await clickElementUntil(page, sanctioned!.id, `#inspector .fact.highlighted[data-fact-id="${sanctioned!.id}"]`);
    const text = await fact.innerText();
    expect(text).toContain(row!.evidence);
    expect(text).toContain(row!.title);
    await saveScreenshot(page, '03-sanctioned-edge');
  });

  it('expanding the United States (double-click) adds the countries that distanced themselves', async () => {
    const distanced = await graph.runText<{ id: string }>("MATCH (c:Country)-[:DISTANCED_FROM]->() RETURN DISTINCT c.id AS id");
    expect(distanced.map((d) => d.id).sort()).toEqual(['CAN', 'FRA', 'GBR']);
    const before = await nodeIds(page);
    for (const { id } of distanced) expect(before).not.toContain(id);
    await doubleClickElementUntilRender(page, 'USA');
    const after = await nodeIds(page);
    for (const { id } of distanced) expect(after).toContain(id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new URL(page.url()).searchParams.getAll('e')).toEqual(['gustavo-petro', 'USA']);
    await saveScreenshot(page, '04-expanded-usa');
  });

  it('the path finder highlights the shortest path from Petro to France and lists its facts', async () => {
    for (const [field, query, id] of [
      ['#path-from', 'petro', 'gustavo-petro'],
      ['#path-to', 'france', 'FRA'],
    ] as const) {
      await page.locator(field).fill('');
      await page.locator(field).pressSequentially(query, { delay: 30 });
      await page.locator(`${field}-list [data-entity-id="${id}"]`).click();
    }
    const renders = await renderCount(page);
    await page.locator('#path-go').click();
    await waitForRender(page, renders);
    const onPath = await pathNodeIds(page);
    expect(onPath).toContain('gustavo-petro');
    expect(onPath).toContain('FRA');
    const pathEdges = (await edges(page)).filter((e) => e.onPath);
    expect(pathEdges.length).toBe(onPath.length - 1);
    const panel = await page.locator('#inspector .inspect-path').innerText();
    expect(panel).toMatch(/Gustavo Petro → .+ → France/);
    expect(await page.locator('#inspector .inspect-path .fact').count()).toBe(pathEdges.length);
    await saveScreenshot(page, '05-path-petro-france');
  });

  it('unchecking a relation type removes its edges (and keeps the others)', async () => {
    expect((await edges(page)).some((e) => e.relation === 'ALLY_OF')).toBe(true);
    const renders = await renderCount(page);
    await page.locator('#relation-filter input[value="ALLY_OF"]').uncheck();
    await waitForRender(page, renders);
    const after = await edges(page);
    expect(after.filter((e) => e.relation === 'ALLY_OF')).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.getAll('xrel')).toEqual(['ALLY_OF']);
    expect(await page.locator('#relation-filter input[value="ALLY_OF"]').isChecked()).toBe(false);
    await saveScreenshot(page, '06-filter-ally-of');
  });

  it('unchecking "reported" removes the reported facts, and checking it again brings them back', async () => {
    const reported = (await page.evaluate(() => window.__newsgraph.cy.edges('[status = "reported"]').map((e) => e.id()))).sort();
    expect(reported.length).toBeGreaterThan(0); // the seed's "UK suspended intelligence sharing" is reported
    let renders = await renderCount(page);
    await page.locator('#status-filter input[value="reported"]').uncheck();
    await waitForRender(page, renders);
    const ids = (await edges(page)).map((e) => e.id);
    for (const id of reported) expect(ids).not.toContain(id);
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['asserted']);
    renders = await renderCount(page);
    await page.locator('#status-filter input[value="reported"]').check();
    await waitForRender(page, renders);
    expect((await edges(page)).map((e) => e.id)).toEqual(expect.arrayContaining(reported));
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual([]);
  });

  it('reloading the URL restores the view: entities, filters and the path', async () => {
    const nodesBefore = await nodeIds(page);
    const edgesBefore = (await edges(page)).map((e) => e.id).sort();
    const pathBefore = (await pathNodeIds(page)).sort();
    await page.reload();
    await waitForRender(page, 0);
    await page.waitForFunction(() => window.__newsgraph.cy.nodes('.on-path').length > 0);
    expect(await nodeIds(page)).toEqual(nodesBefore);
    expect((await edges(page)).map((e) => e.id).sort()).toEqual(edgesBefore);
    expect((await pathNodeIds(page)).sort()).toEqual(pathBefore);
    expect(await page.locator('#relation-filter input[value="ALLY_OF"]').isChecked()).toBe(false);
    expect(await page.locator('#path-to').inputValue()).toBe('France');
    await saveScreenshot(page, '07-reloaded');
  });

  it('hides a selected node with the h key and shows it again from the Hidden list', async () => {
    await clickElementUntil(page, 'COL', '#inspector .inspect-entity[data-entity-id="COL"]');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // keys go to the page, not to an input
    await page.keyboard.press('h');
    expect(await nodeIds(page)).not.toContain('COL');
    expect(new URL(page.url()).searchParams.getAll('hide')).toEqual(['COL']);
    const renders = await renderCount(page);
    await page.locator('#hidden-list button', { hasText: 'Show' }).click();
    await waitForRender(page, renders);
    expect(await nodeIds(page)).toContain('COL');
    expect(new URL(page.url()).searchParams.getAll('hide')).toEqual([]);
  });

  it('exports the view as PNG and as JSON', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const pngBytes = fs.readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const exported = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as { url: string; nodes: { id: string }[]; edges: { id: string }[] };
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(await nodeIds(page));
    expect(exported.edges.length).toBe((await edges(page)).length);
    expect(exported.url).toBe(page.url());
  });

  it('explains a view too large for one request (LIMIT_EXCEEDED)', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `e=missing-${i}`).join('&');
    await page.goto(`${server.url}/?${ids}`);
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    expect(await page.locator('#message').innerText()).toMatch(/too large/);
    await saveScreenshot(page, '08-limit-exceeded');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('the explorer page when the database is down', () => {
  it('says so, with a retry button, while the page itself loads', async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, PORT: '0' });
    const graph = openGraph(config);
    const server = await startServer(graph, config, { staticDir: await ensureWebBuilt(config.rootDir) });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(`${server.url}/?e=gustavo-petro`);
      await page.waitForFunction(() => document.body.dataset.state === 'error', undefined, { timeout: 30_000 });
      const message = page.locator('#message[role=alert]');
      expect(await message.innerText()).toContain('The database is not reachable');
      expect(await message.locator('button', { hasText: 'Retry' }).count()).toBe(1);
      await saveScreenshot(page, '09-database-down');
    } finally {
      await browser.close();
      await server.close();
      await graph.close();
    }
  });
});
