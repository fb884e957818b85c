import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/api/createServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { openTestGraph, testConfig } from '../support/testGraph.ts';
import { clickElementUntil, closeExplorer, doubleClickElementUntilRender, nodeIds, openExplorer, saveScreenshot, waitForRender } from './browser.ts';

// The explorer's WebGL renderer (Cytoscape's canvas renderer with webgl: true), which the page
// uses for views above WEBGL_ELEMENT_THRESHOLD elements when WebGL has a GPU. Headless Chromium
// has no GPU (its WebGL is SwiftShader), so the page keeps the 2D canvas by itself here;
// ?renderer=webgl forces WebGL on the seed view to show that it draws and that clicks reach
// the right elements through its picking buffer.
describe('the explorer page drawn with WebGL', () => {
  let graph: Graph;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    const config = testConfig();
    ({ server, browser, page } = await openExplorer(graph, config, pageErrors));
  });
  afterAll(() => closeExplorer({ browser, server, graph }));

  it('keeps the 2D canvas by itself on a software WebGL (no GPU in headless Chromium)', async () => {
    await page.goto(`${server.url}/?e=gustavo-petro`);
    await waitForRender(page, 0);
    const hook = await page.evaluate(() => ({ renderer: window.__newsgraph.renderer, webgl: window.__newsgraph.webgl }));
    expect(hook.webgl).toMatch(/SwiftShader|llvmpipe/i);
    expect(hook.renderer).toBe('canvas');
    expect(await page.locator('#graph canvas[data-id="layer3-webgl"]').count()).toBe(0);
  });

  it('draws the view with WebGL when asked (?renderer=webgl): clicking and double-clicking nodes works through its picking', async () => {
    await page.goto(`${server.url}/?e=gustavo-petro&renderer=webgl`);
    await waitForRender(page, 0);
    expect(await page.evaluate(() => window.__newsgraph.renderer)).toBe('webgl');
    expect(await page.locator('#graph canvas[data-id="layer3-webgl"]').count()).toBe(1);
    expect(await nodeIds(page)).toContain('USA');
    await clickElementUntil(page, 'COL', '#inspector .inspect-entity[data-entity-id="COL"]');
    await doubleClickElementUntilRender(page, 'USA');
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(['CAN', 'FRA', 'GBR']));
    await saveScreenshot(page, 'webgl-01-expanded-usa');
  }, 150_000); // four tries at each of the click and the double-click (see pointUntil)

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
