import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { launchChromium } from '../e2e/browser.ts';
import { openTestGraph, testConfig } from '../support/testGraph.ts';
import { seedGraph } from '../support/seedGraph.ts';

// The sandbox must work for a newcomer without internet: every request from the page that
// leaves the server is recorded and refused.
describe('the GraphQL sandbox in a real browser, offline', () => {
  let graph: Graph;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    const config = testConfig();
    server = await startTestServer(graph, config);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('loads from the server alone, lists the schema and runs an example query', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(server.url).origin) return route.continue();
      external.push(url.href);
      return route.abort();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.graphqlUrl);
    await page.waitForFunction(() => document.getElementById('docs')?.textContent?.includes('shortestPaths('));
    await page.selectOption('#examples', { label: 'Who sanctioned Gustavo Petro?' });
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('HTTP'));
    const result = JSON.parse((await page.textContent('#result')) ?? '{}');
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.relations.nodes[0].subject.name).toBe('Trump administration');
    expect(await page.textContent('#status')).toMatch(/^HTTP 200/);
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
