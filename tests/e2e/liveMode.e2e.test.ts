import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/api/createServer.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { runCli } from '../support/runCli.ts';
import { openTestGraph, testConfig, testNeo4jEnv } from '../support/testGraph.ts';
import { closeExplorer, nodeIds, openExplorer, renderCount, saveScreenshot, waitForRender } from './browser.ts';

const FACT_FILE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'live', 'petro-criticizes.facts.yaml');
const ARTICLE = 'test-live-petro-criticizes';
const BETWEEN_IN_VIEW = 'gustavo-petro|CRITICIZED|trump-administration';
const TO_NEW_NEIGHBOUR = 'gustavo-petro|CRITICIZED|freedonia';

/** The edge's state on the page: absent, or present and whether it is highlighted as new. */
function edgeState(page: Page, id: string): Promise<{ present: boolean; highlighted: boolean }> {
  return page.evaluate((edgeId) => {
    const edge = window.__newsgraph.cy.getElementById(edgeId);
    return { present: edge.nonempty(), highlighted: edge.nonempty() && edge.hasClass('live-new') };
  }, id);
}

// Live mode in Debian's Chromium: the page follows the entities in view over the API's
// WebSocket subscription; a CLI in another process writes, the page shows it without a reload.
describe('the explorer page in live mode (real server, Neo4j and Chromium)', () => {
  let graph: Graph;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    const config = testConfig({ changePollMs: 100 });
    ({ server, browser, page } = await openExplorer(graph, config, pageErrors));
  });
  afterAll(() => closeExplorer({ browser, server, graph }));

  it('an entity in view, a fact file ingested by the CLI in another process: the new edges appear highlighted, no reload', async () => {
    await page.goto(`${server.url}/?e=gustavo-petro`);
    await waitForRender(page, 0);
    // Live mode is on by default and has subscribed for the entities in view.
    expect(await page.locator('#live').isChecked()).toBe(true);
    await page.waitForFunction(() => document.body.dataset.live === 'on', undefined, { timeout: 30_000 });
    const before = await nodeIds(page);
    expect(before).toContain('trump-administration');
    expect(before).not.toContain('freedonia');
    expect(await edgeState(page, BETWEEN_IN_VIEW)).toEqual({ present: false, highlighted: false });
    const renders = await renderCount(page);

    const ingest = runCli(['ingest', FACT_FILE], { env: testNeo4jEnv() });
    // Both edges come in highlighted: one between entities already in view, one with its new neighbour (highlighted too).
    await page.waitForFunction(
      (ids) => ids.every((id) => window.__newsgraph.cy.getElementById(id).hasClass('live-new')),
      [BETWEEN_IN_VIEW, TO_NEW_NEIGHBOUR, 'freedonia'],
      { timeout: 60_000, polling: 50 },
    );
    await saveScreenshot(page, 'live-01-new-edges');
    const r = await ingest;
    expect(r.code, r.stderr).toBe(0);
    const live = await page.evaluate(() => window.__newsgraph.live!);
    console.log(`live mode: write statement -> drawn in the page ${live.delaysMs.join(', ')} ms (${live.events} event(s))`);
    expect(await nodeIds(page)).toEqual([...before, 'freedonia'].sort());
    // Applied to the drawn graph, not by reloading the view; the sidebar counts the new fact.
    expect(await renderCount(page)).toBe(renders);
    expect(await page.locator('#node-list [data-entity-id="freedonia"]').count()).toBe(1);
    // The highlight fades after a few seconds; the edge stays.
    await page.waitForFunction((id) => !window.__newsgraph.cy.getElementById(id).hasClass('live-new'), BETWEEN_IN_VIEW, { timeout: 30_000 });
    expect((await edgeState(page, BETWEEN_IN_VIEW)).present).toBe(true);
  }, 180_000);

  it('retracting the article in another process removes its facts from the page', async () => {
    const r = await runCli(['retract', ARTICLE], { env: testNeo4jEnv() });
    expect(r.code, r.stderr).toBe(0);
    await page.waitForFunction((ids) => ids.every((id) => window.__newsgraph.cy.getElementById(id).empty()), [BETWEEN_IN_VIEW, TO_NEW_NEIGHBOUR], { timeout: 60_000 });
    // Freedonia was only linked through the removed fact.
    expect(await nodeIds(page)).not.toContain('freedonia');
    expect(await nodeIds(page)).toContain('trump-administration');
  }, 180_000);

  it('with the toggle off, nothing comes in; on again, it follows again', async () => {
    await page.locator('#live').uncheck();
    await page.waitForFunction(() => document.body.dataset.live === 'off');
    const r = await runCli(['ingest', FACT_FILE], { env: testNeo4jEnv() });
    expect(r.code, r.stderr).toBe(0);
    // The event has been written; give a subscriber ample time to have heard it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await edgeState(page, BETWEEN_IN_VIEW)).present).toBe(false);
    await page.locator('#live').check();
    await page.waitForFunction(() => document.body.dataset.live === 'on', undefined, { timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
