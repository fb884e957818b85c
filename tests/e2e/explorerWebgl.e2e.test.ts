import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/api/createServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { openTestGraph, testConfig } from '../support/testGraph.ts';
import { clickElementUntil, closeExplorer, doubleClickElement, nodeIds, openExplorer, renderCount, saveScreenshot, waitForRender } from './browser.ts';

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
    // On SwiftShader (software WebGL, no GPU) about one double-click in three is not picked on
    // the first try (cause not found; the 2D canvas never misses): up to three tries, each given
    // 8 s to start a render. Without the dbltap handler none of them renders and the test fails.
    const renders = await renderCount(page);
    for (let attempt = 1; ; attempt++) {
      await doubleClickElement(page, 'USA');
      const rendered = await page
        .waitForFunction((n) => (window.__newsgraph?.renders ?? 0) > n || document.body.dataset.state === 'loading', renders, { timeout: 8_000 })
        .then(() => true, () => false);
      if (rendered || attempt === 3) break;
    }
    await waitForRender(page, renders);
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(['CAN', 'FRA', 'GBR']));
    await saveScreenshot(page, 'webgl-01-expanded-usa');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
