import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningServer } from '../../src/api/createServer.ts';
import { startTestServer } from '../support/startTestServer.ts';
import { PROJECT_ROOT, type Config } from '../../src/config/loadConfig.ts';
import { ensureWebBuilt } from '../../src/explorer-build/ensureWebBuilt.ts';
import type { Graph } from '../../src/graph/Graph.ts';

declare global {
  interface Window {
    /** The explorer page's test hook (explorer/src/main.ts). */
    __newsgraph: {
      cy: import('cytoscape').Core;
      renders: number;
      firstRenderMs?: number;
      lastRender?: { queryMs: number; addMs: number; layoutMs: number; nodes: number; edges: number; renderer: 'canvas' | 'webgl'; drawMs?: number };
      renderer: 'canvas' | 'webgl';
      webgl?: string;
      live?: { events: number; lastSeq: number; delaysMs: number[] };
    };
    /** The id of the element a click at these page coordinates would hit (Cytoscape's own hit test), installed by openExplorer. */
    __elementAt(pageX: number, pageY: number): string | null;
  }
}

/** Debian's Chromium (apt-get install chromium); .ci/run installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless Debian Chromium with everything that would phone home switched off. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Serves the explorer page and the API from `graph` on a free port and opens one 1440x900 page in
 * headless Chromium; the page's uncaught errors go into `pageErrors`. The caller closes the
 * browser and the server.
 */
export async function openExplorer(graph: Graph, config: Config, pageErrors: string[], pageOptions: { acceptDownloads?: boolean } = {}): Promise<{ server: RunningServer; browser: Browser; page: Page }> {
  const server = await startTestServer(graph, config, {}, { staticDir: await ensureWebBuilt(config.rootDir) });
  try {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, ...pageOptions });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(installElementAt);
    return { server, browser, page };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Closes what openExplorer and the test opened (any of them may be missing when setup failed). */
export async function closeExplorer(opened: { browser?: Browser; server?: RunningServer; graph?: Graph }): Promise<void> {
  await opened.browser?.close();
  await opened.server?.close();
  await opened.graph?.close();
}

/** Saves a screenshot of the page to tests/artifacts/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(PROJECT_ROOT, 'tests', 'artifacts', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** How many graph renders the page has finished (window.__newsgraph.renders). */
export function renderCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__newsgraph?.renders ?? 0);
}

/** Waits until the page has finished a render after `after` renders and is no longer loading. */
export async function waitForRender(page: Page, after: number): Promise<void> {
  await page.waitForFunction((n) => (window.__newsgraph?.renders ?? 0) > n && document.body.dataset.state !== 'loading', after, { timeout: 30_000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state === 'error') throw new Error(`the page shows an error: ${await page.locator('#message').innerText()}`);
}

/** Ids of the nodes in the graph view. */
export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsgraph.cy.nodes().map((n) => n.id()).sort());
}

/** Names shown on the nodes of the graph view. */
export function nodeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsgraph.cy.nodes().map((n) => String(n.data('label'))));
}

/** The graph's edges: fact id, relation and whether it is highlighted as part of a path. */
export function edges(page: Page): Promise<{ id: string; relation: string; onPath: boolean }[]> {
  return page.evaluate(() => window.__newsgraph.cy.edges().map((e) => ({ id: e.id(), relation: String(e.data('relation')), onPath: e.hasClass('on-path') })));
}

/** Ids of the nodes highlighted as part of a path. */
export function pathNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsgraph.cy.nodes('.on-path').map((n) => n.id()));
}

/** Runs in the page: window.__elementAt, page coordinates to the renderer's model coordinates, then its hit test. */
function installElementAt(): void {
  window.__elementAt = (pageX, pageY) => {
    const cy = window.__newsgraph.cy;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const pan = cy.pan();
    const zoom = cy.zoom();
    const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | null } }).renderer();
    return renderer.findNearestElement((pageX - box.left - pan.x) / zoom, (pageY - box.top - pan.y) / zoom, true, false)?.id() ?? null;
  };
}

/**
 * Page coordinates where a click lands on the element: the first point near a node's centre,
 * or along an edge's curve (middle first), that no other element or label covers and that no
 * part of the page (the legend, the time bar, a message) lies over; `clear` is false when no
 * such point exists (the first candidate is returned then).
 */
async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number; clear: boolean }> {
  const point = await page.evaluate((elementId) => {
    const cy = window.__newsgraph.cy;
    const el = cy.getElementById(elementId);
    if (el.empty()) return null;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const toPage = (p: { x: number; y: number }) => ({ x: box.left + p.x, y: box.top + p.y });
    type Pos = { x: number; y: number };
    let candidates: Pos[];
    if (el.isNode()) {
      const p = el.renderedPosition();
      const r = Math.max(3, el.renderedWidth() / 4);
      candidates = [p, { x: p.x, y: p.y - r }, { x: p.x + r, y: p.y }, { x: p.x - r, y: p.y }, { x: p.x, y: p.y + r }];
    } else {
      type EdgePoints = { renderedMidpoint(): Pos; renderedSourceEndpoint(): Pos; renderedTargetEndpoint(): Pos };
      const edge = el as unknown as EdgePoints;
      const [a, m, b] = [edge.renderedSourceEndpoint(), edge.renderedMidpoint(), edge.renderedTargetEndpoint()];
      // The quadratic curve through a, m (at t = 0.5) and b.
      const c = { x: 2 * m.x - (a.x + b.x) / 2, y: 2 * m.y - (a.y + b.y) / 2 };
      const at = (t: number) => ({ x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x, y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y });
      candidates = [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72, 0.2, 0.8].map(at);
    }
    // Cytoscape's own hit test (what a click there would select), to skip points under another element or label.
    const graph = document.getElementById('graph')!;
    const clear = candidates.map(toPage).find((p) => window.__elementAt(p.x, p.y) === elementId && graph.contains(document.elementFromPoint(p.x, p.y)));
    return clear ? { ...clear, clear: true } : { ...toPage(candidates[0]!), clear: false };
  }, id);
  if (!point) throw new Error(`no graph element with id ${id} in view`);
  return point;
}

/**
 * Centres the graph on the element when part of it lies outside the graph's canvas (a
 * clickElementUntil retry zooms in around another element, which can push it out of view: a
 * click at its off-canvas position then lands on the inspector or nowhere).
 */
async function bringIntoView(page: Page, id: string): Promise<void> {
  await page.evaluate((elementId) => {
    const cy = window.__newsgraph.cy;
    const el = cy.getElementById(elementId);
    if (el.empty()) return;
    const box = el.renderedBoundingBox({ includeLabels: false });
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(el);
  }, id);
}

/**
 * Where to click an element once it has stopped moving (a layout, a pan or the inspector
 * opening beside the graph may still be moving it after a render): two reads 150 ms apart
 * agree, or 5 s have passed; then two animation frames, so that the frame on screen (and the
 * WebGL renderer's picking buffer, drawn with it) shows the element where it now is. When the
 * page covers every point of the element (a node under the legend at the bottom of the graph,
 * where a click once opened nothing), the graph is centred on it first.
 */
async function restingPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await bringIntoView(page, id);
  let point = await screenPoint(page, id);
  for (const started = Date.now(); Date.now() - started < 5000; ) {
    await new Promise((r) => setTimeout(r, 150));
    const next = await screenPoint(page, id);
    if (Math.abs(next.x - point.x) < 0.5 && Math.abs(next.y - point.y) < 0.5) break;
    point = next;
  }
  await nextFrames(page);
  point = await screenPoint(page, id);
  if (point.clear) return point;
  await page.evaluate((elementId) => window.__newsgraph.cy.center(window.__newsgraph.cy.getElementById(elementId)), id);
  await nextFrames(page);
  return screenPoint(page, id);
}

/** Resolves after two animation frames of the page. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Clicks a node or an edge until `selector` shows (up to four tries: 8, 8, 8 and 15 s, zoomed
 * in around the element after each miss; each miss prints what the page found at the point).
 * Clicks that opened nothing in clean-clone CI runs (2D canvas and WebGL alike) most likely
 * landed on the legend, which lay over the bottom of the graph until 2026-12-04 (a miss at
 * (743, 839) was inside it); restingPoint now skips points under any part of the page. Without
 * the tap handler every try fails, so the test still fails when clicking is broken.
 */
export async function clickElementUntil(page: Page, id: string, selector: string): Promise<void> {
  await pointUntil(page, id, `${selector} shown`, (point) => page.mouse.click(point.x, point.y), (timeout) =>
    page.locator(selector).waitFor({ timeout }).then(() => true, () => false),
  );
}

/**
 * Double-clicks a node until the page starts loading or finishes a render, then waits for that
 * render (same tries as clickElementUntil: a clean-clone CI run once missed three double-clicks
 * in a row on the WebGL view, likely on the legend then over the graph). Without the dbltap
 * handler every try fails.
 */
export async function doubleClickElementUntilRender(page: Page, id: string): Promise<void> {
  const renders = await renderCount(page);
  await pointUntil(page, id, 'a render started', (point) => page.mouse.dblclick(point.x, point.y), (timeout) =>
    page
      .waitForFunction((n) => (window.__newsgraph?.renders ?? 0) > n || document.body.dataset.state === 'loading', renders, { timeout })
      .then(() => true, () => false),
  );
  await waitForRender(page, renders);
}

/** Points at an element (act) until done() says so, zooming in around the element after each miss. */
async function pointUntil(
  page: Page,
  id: string,
  what: string,
  act: (point: { x: number; y: number }) => Promise<void>,
  done: (timeoutMs: number) => Promise<boolean>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const point = await restingPoint(page, id);
    await act(point);
    const last = attempt === 4;
    if (await done(last ? 15_000 : 8_000)) return;
    const diagnosis = await clickDiagnosis(page, point);
    if (last) throw new Error(`${attempt} tries on ${id} and no ${what}; the last at (${Math.round(point.x)}, ${Math.round(point.y)}): ${diagnosis}`);
    console.log(`try ${attempt} on ${id} at (${Math.round(point.x)}, ${Math.round(point.y)}): no ${what} in 8 s; ${diagnosis}`);
    // A layout can leave the element under another one or a label, where every click lands
    // elsewhere: zoom in around it before the next try.
    await page.evaluate((elementId) => {
      const cy = window.__newsgraph.cy;
      cy.zoom(cy.zoom() * 1.5);
      cy.center(cy.getElementById(elementId));
    }, id);
  }
}

/** What the page says about a click that showed nothing: the element Cytoscape finds there, the selection and the page state. */
async function clickDiagnosis(page: Page, point: { x: number; y: number }): Promise<string> {
  return page.evaluate(({ x, y }) => {
    const cy = window.__newsgraph.cy;
    const hit = window.__elementAt(x, y);
    const top = document.elementFromPoint(x, y);
    const onTop = top ? `${top.tagName.toLowerCase()}${top.id ? `#${top.id}` : ''}${top.classList.length ? `.${[...top.classList].join('.')}` : ''}` : 'nothing';
    const selected = cy.$(':selected').map((e) => e.id());
    const webgl = document.querySelector<HTMLCanvasElement>('#graph canvas[data-id="layer3-webgl"]');
    const gl = webgl ? `; WebGL context ${(webgl.getContext('webgl2') as WebGL2RenderingContext | null)?.isContextLost() === false ? 'live' : 'lost'}` : '';
    return `hit test there: ${hit ?? 'nothing'}; on top there: ${onTop}; selected: [${selected.join(', ')}]; page state: ${document.body.dataset.state}${gl}`;
  }, point);
}

