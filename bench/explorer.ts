/**
 * Time to first render of the explorer page (npm run bench:explorer), from navigation and from
 * the data's arrival, with the page's main-thread CPU time: the seed view
 * (Gustavo Petro's neighbourhood) and a generated view of 1,000 nodes and about 4,000 facts
 * (some 5,000 elements), each opened cold (new browser context) several times in Debian's
 * Chromium. The large view is measured with both renderers in the same run, alternating: the 2D
 * canvas (`?renderer=canvas`) and WebGL (`?renderer=webgl`, what the page picks above
 * WEBGL_ELEMENT_THRESHOLD elements when WebGL has a GPU), with the frame times of a mouse-drag pan across it. The graph lives in a throwaway Neo4j; the
 * generated one is written as fact files and loaded through the ingest module.
 *
 *   npm run bench:explorer [-- --runs 5 --nodes 1000 --facts 4000] [--neo4j-uri bolt://... (a DISPOSABLE database: it is emptied)] [--profile]
 *
 * --profile also records a CPU profile of one cold load of the large view on the 2D canvas
 * (bench/results/explorer-canvas.cpuprofile) and prints the functions with the most self time
 * (bench/profilePage.ts; build the page unminified first to read the names).
 *
 * Prints a table and writes bench/results/explorer.json. A benchmark, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Browser } from 'playwright-core';
import { startServer } from '../src/api/createServer.ts';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { ingestFiles } from '../src/ingest/ingestFiles.ts';
import { loadSeeds } from '../src/ingest/loadSeeds.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import type { FactFileInput } from '../src/ingest/factFileSchema.ts';
import { ensureWebBuilt } from '../src/explorer-build/ensureWebBuilt.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { parseScriptArgs } from '../scripts/parseScriptArgs.ts';
import { profilePageLoad } from './profilePage.ts';

const USAGE = `Usage: npm run bench:explorer [-- options]

Time to first render of the explorer page in Chromium, cold, for the seed view and a generated
view of --nodes nodes, on the 2D canvas and WebGL, with pan frame times. Writes
bench/results/explorer.json.

Options:
  --runs N          cold loads per view (default 5)
  --nodes N         nodes of the generated view (default 1000)
  --facts N         extra facts among them (default 4000)
  --neo4j-uri URI   a DISPOSABLE Neo4j to use (it is emptied) instead of a throwaway one
  --profile         also record a CPU profile of one cold load (bench/results/explorer-canvas.cpuprofile)
  -h, --help        this text
`;
const { values } = parseScriptArgs('bench:explorer', USAGE, {
  options: {
    runs: { type: 'string', default: '5' },
    nodes: { type: 'string', default: '1000' },
    facts: { type: 'string', default: '4000' },
    'neo4j-uri': { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const NODES = Number(values.nodes);
const EXTRA_FACTS = Number(values.facts);
const HUB = 'bench-coalition';

/** A small seeded PRNG, so every run generates the same graph. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fact files for a hub organisation with `nodes - 1` neighbours (people holding office in it,
 * member organisations, operations it conducted) and about `extra` facts among the neighbours,
 * spread over 20 articles so some facts have several sources.
 */
function generateFactFiles(dir: string, nodes: number, extra: number): number {
  const random = mulberry32(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  type Entity = { id: string; type: 'Person' | 'Organization' | 'Operation'; name: string; kind?: 'government' | 'armed_group' | 'media' | 'civil_society' };
  const hub: Entity = { id: HUB, type: 'Organization', name: 'Bench Coalition', kind: 'government' };
  const others: Entity[] = Array.from({ length: nodes - 1 }, (_, i) => {
    const n = i + 1;
    if (i % 10 === 9) return { id: `bench-operation-${n}`, type: 'Operation', name: `Operation ${n}` };
    if (i % 2 === 0) return { id: `bench-person-${n}`, type: 'Person', name: `Person ${n}` };
    return { id: `bench-org-${n}`, type: 'Organization', name: `Organization ${n}`, kind: pick(['government', 'armed_group', 'media', 'civil_society'] as const) };
  });
  const actors = others.filter((e) => e.type !== 'Operation');
  type Fact = { subject: string; relation: string; object: string };
  const facts: Fact[] = others.map((e) =>
    e.type === 'Person' ? { subject: e.id, relation: 'HOLDS_OFFICE', object: HUB } : e.type === 'Organization' ? { subject: e.id, relation: 'PART_OF', object: HUB } : { subject: HUB, relation: 'CONDUCTED', object: e.id },
  );
  for (let i = 0; i < extra; i++) {
    const subject = pick(actors);
    const object = pick(others);
    if (subject.id === object.id) continue;
    facts.push({ subject: subject.id, relation: object.type === 'Operation' ? pick(['CRITICIZED', 'SUPPORTED', 'DISTANCED_FROM']) : pick(['CRITICIZED', 'SANCTIONED', 'ACCUSED', 'THREATENED', 'CONSULTED']), object: object.id });
  }
  const byId = new Map([hub, ...others].map((e) => [e.id, e]));
  const articles = 20;
  fs.mkdirSync(dir, { recursive: true });
  for (let a = 0; a < articles; a++) {
    // Each article reports its share of the facts, plus a few of the previous share (corroboration).
    const share = facts.filter((_, i) => i % articles === a || (i % articles === (a + 1) % articles && random() < 0.2));
    const ids = new Set(share.flatMap((f) => [f.subject, f.object]));
    const month = String(1 + (a % 12)).padStart(2, '0');
    const file: FactFileInput = {
      article: { id: `bench-article-${a + 1}`, title: `Generated article ${a + 1}`, publisher: 'newsgraph bench', publishedAt: `${2024 + Math.floor(a / 12)}-${month}` },
      entities: [...ids].map((id) => byId.get(id)!),
      facts: share.map((f) => ({ ...f, evidence: `${byId.get(f.subject)!.name} ${f.relation.toLowerCase().replace(/_/g, ' ')} ${byId.get(f.object)!.name}.`, date: `${2024 + Math.floor(a / 12)}-${month}`, status: random() < 0.2 ? 'reported' : 'asserted' })),
    };
    fs.writeFileSync(path.join(dir, `bench-article-${a + 1}.facts.yaml`), stringify(file));
  }
  return facts.length;
}

interface Sample {
  firstRenderMs: number;
  queryMs: number;
  addMs: number;
  layoutMs: number;
  /** From the answer's arrival to the second frame after the layout: adding, laying out and drawing the view. */
  drawMs: number;
  renderer: string;
  nodes: number;
  edges: number;
  /** CPU time of the page's main thread from navigation to the first full render. */
  cpuMs: number;
}

/**
 * Opens `url` cold (new context) `runs` times and reads the page's own timings, and the CPU time
 * its main thread spent from navigation to the first full render (Chromium's ThreadTime metric):
 * on a shared machine the wall times grow with the load average, the CPU time much less.
 */
async function measure(browser: Browser, url: string, runs: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await cdp.send('Performance.enable');
    await page.waitForFunction(() => window.__newsgraph?.firstRenderMs !== undefined && window.__newsgraph.lastRender?.drawMs !== undefined && document.body.dataset.state === 'ready', undefined, {
      timeout: 120_000,
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpuMs = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    const sample = await page.evaluate(() => ({ firstRenderMs: window.__newsgraph.firstRenderMs!, ...window.__newsgraph.lastRender!, drawMs: window.__newsgraph.lastRender!.drawMs! }));
    if (i > 0) samples.push({ ...sample, cpuMs }); // the first open warms the server's query plans
    await context.close();
  }
  return samples;
}

/**
 * Frame times while panning the view at `url` (opened once, after its first render) the way a
 * person does: the mouse pressed on empty background and dragged back and forth, one move every
 * few milliseconds, for about `frames` frames. The page stamps every animation frame meanwhile;
 * each interval between frames includes Cytoscape's redraw. 16.7 ms is 60 frames per second.
 */
async function panFrameMs(browser: Browser, url: string, name: string, frames = 90): Promise<{ median: number; p95: number; max: number; frames: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph.lastRender?.drawMs !== undefined && document.body.dataset.state === 'ready', undefined, { timeout: 120_000 });
  // What each renderer shows (bench/results is not committed).
  await page.screenshot({ path: path.join(PROJECT_ROOT, 'bench', 'results', `explorer-${name}.png`) });
  // (No named functions inside evaluate: tsx's __name helper does not exist in the page.)
  // A point of the graph with no element under it (a press there pans rather than drags a node).
  const start = await page.evaluate(() => {
    const cy = window.__newsgraph.cy;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): unknown } }).renderer();
    for (let gy = 0.1; gy < 0.95; gy += 0.05) {
      for (let gx = 0.1; gx < 0.95; gx += 0.05) {
        const x = box.width * gx;
        const y = box.height * gy;
        const pan = cy.pan();
        const zoom = cy.zoom();
        if (!renderer.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false)) return { x: box.left + x, y: box.top + y };
      }
    }
    return { x: box.left + 5, y: box.top + 5 };
  });
  await page.evaluate(() => {
    const w = window as unknown as { stamps: number[]; stampOn: boolean; stamp: (t: number) => void };
    w.stamps = [];
    w.stampOn = true;
    w.stamp = (t: number) => {
      w.stamps.push(t);
      if (w.stampOn) requestAnimationFrame(w.stamp);
    };
    requestAnimationFrame(w.stamp);
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = Date.now();
  // Moves until `frames` frames have passed (at most 20 s), 4 px at a time, 120 px one way then back.
  for (let i = 0; Date.now() - t0 < 20_000; i++) {
    const offset = (i % 60 < 30 ? i % 30 : 30 - (i % 30)) * 4;
    await page.mouse.move(start.x + offset, start.y + offset / 2);
    if (i % 10 === 0 && (await page.evaluate(() => (window as unknown as { stamps: number[] }).stamps.length)) > frames) break;
  }
  await page.mouse.up();
  const times = await page.evaluate(() => {
    const w = window as unknown as { stamps: number[]; stampOn: boolean };
    w.stampOn = false;
    return w.stamps.slice(1).map((t, k) => t - w.stamps[k]!);
  });
  await page.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, max: sorted[sorted.length - 1]!, frames: sorted.length };
}

/** The renderer the page picks by itself for the view at `url`, and the browser's WebGL renderer (a GPU or a software rasteriser). */
async function pageChoice(browser: Browser, url: string): Promise<{ renderer: string; webgl?: string }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 120_000 });
  const choice = await page.evaluate(() => ({ renderer: window.__newsgraph.renderer, webgl: window.__newsgraph.webgl }));
  await page.close();
  return choice;
}

/** Time of a force-directed (cose) layout of the view at `url`, which the page avoids above 150 nodes. */
async function coseLayoutMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const t0 = performance.now();
    window.__newsgraph.cy.layout({ name: 'cose', animate: false, randomize: true, numIter: 1500, nodeDimensionsIncludeLabels: true } as never).run();
    return performance.now() - t0;
  });
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const summary = (samples: Sample[]) => ({
  runs: samples.length,
  renderer: samples[0]!.renderer,
  nodes: samples[0]!.nodes,
  edges: samples[0]!.edges,
  firstRenderMs: spread(samples.map((s) => s.firstRenderMs)),
  drawMs: spread(samples.map((s) => s.drawMs)),
  cpuMs: spread(samples.map((s) => s.cpuMs)),
  queryMs: median(samples.map((s) => s.queryMs)),
  addMs: median(samples.map((s) => s.addMs)),
  layoutMs: median(samples.map((s) => s.layoutMs)),
});

async function main(): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let uri = values['neo4j-uri'];
  let neo4j: ThrowawayNeo4j | undefined;
  if (!uri) {
    log('starting a throwaway Neo4j...');
    neo4j = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-bench-explorer-neo4j-', log });
    uri = neo4j.uri;
  }
  const auth = neo4j ? { NEO4J_PASSWORD: neo4j.password } : {};
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, ...auth, PORT: '0', NEWSGRAPH_QUERY_TIMEOUT_MS: '60000' });
  const graph = openGraph(config);
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await graph.runText('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { write: true });
    await applyMigrations(graph, PROJECT_ROOT);
    await loadSeeds(graph, PROJECT_ROOT);
    const factsDir = path.join(home, 'generated');
    const factCount = generateFactFiles(factsDir, NODES, EXTRA_FACTS);
    const t0 = Date.now();
    const report = await ingestFiles(graph, [factsDir], { registry: loadEntityRegistry(PROJECT_ROOT) });
    if (report.failures.length) throw new Error(`generated fact files failed to load: ${JSON.stringify(report.failures.slice(0, 3))}`);
    log(`generated graph: ${NODES} entities, ${factCount} facts in ${report.total.articles} articles, ingested in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

    server = await startServer(graph, config, { staticDir: await ensureWebBuilt(PROJECT_ROOT, log) });
    browser = await launchChromium();
    fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    const views = { seed: `${server.url}/?e=gustavo-petro`, canvas: `${server.url}/?e=${HUB}&renderer=canvas`, webgl: `${server.url}/?e=${HUB}&renderer=webgl`, auto: `${server.url}/?e=${HUB}` };
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    // The two renderers of the large view alternate run by run, so load changes hit both alike.
    const canvasSamples: Sample[] = [];
    const webglSamples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      canvasSamples.push(...(await measure(browser, views.canvas, 1)));
      webglSamples.push(...(await measure(browser, views.webgl, 1)));
    }
    const auto = await pageChoice(browser, views.auto);
    if (values.profile) {
      const out = path.join(PROJECT_ROOT, 'bench', 'results', 'explorer-canvas.cpuprofile');
      const { totalMs, top } = await profilePageLoad(browser, views.canvas, out);
      log(`CPU profile of one cold load on the canvas (${Math.round(totalMs)} ms recorded) -> ${out}; most self time:`);
      for (const { fn, ms } of top) log(`  ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
    }
    const results = {
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, chromium: browser.version(), loadAverageAtStart: load, loadAverageAtEnd: '' },
      seed: summary(await measure(browser, views.seed, RUNS)),
      largeCanvas: { ...summary(canvasSamples), panFrameMs: await panFrameMs(browser, views.canvas, 'large-canvas') },
      largeWebgl: { ...summary(webglSamples), panFrameMs: await panFrameMs(browser, views.webgl, 'large-webgl') },
      auto,
      coseLayoutMs: NODES <= 300 ? await coseLayoutMs(browser, views.auto) : null,
    };
    results.machine.loadAverageAtEnd = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    const fmt = (n: number) => `${Math.round(n)} ms`;
    console.log(`\nexplorer render times (cold page load, median of ${RUNS}; ${results.machine.cpus} cores, Chromium ${results.machine.chromium}; load average ${load} -> ${results.machine.loadAverageAtEnd})`);
    console.log('| view | renderer | nodes | edges | first full render from navigation (median, min-max) | from data ready: add + layout + paint (median, min-max) | main-thread CPU to first render (median) | subgraph query | pan frame p50 / p95 / max (mouse drag) |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    const rows = [
      ['seed: Gustavo Petro', results.seed, undefined],
      [`generated: ${HUB}`, results.largeCanvas, results.largeCanvas.panFrameMs],
      [`generated: ${HUB}`, results.largeWebgl, results.largeWebgl.panFrameMs],
    ] as const;
    for (const [name, r, pan] of rows) {
      const panText = pan ? `${pan.median.toFixed(1)} / ${pan.p95.toFixed(1)} / ${pan.max.toFixed(1)} ms` : '';
      console.log(
        `| ${name} | ${r.renderer} | ${r.nodes} | ${r.edges} | ${fmt(r.firstRenderMs.median)} (${fmt(r.firstRenderMs.min)}-${fmt(r.firstRenderMs.max)}) | ${fmt(r.drawMs.median)} (${fmt(r.drawMs.min)}-${fmt(r.drawMs.max)}) | ${fmt(r.cpuMs.median)} | ${fmt(r.queryMs)} | ${panText} |`,
      );
    }
    console.log(`without ?renderer= the page drew the large view with ${auto.renderer} here (WebGL: ${auto.webgl ?? 'none'})`);
    if (results.coseLayoutMs !== null) console.log(`force-directed (cose) layout of the generated view instead of concentric: ${fmt(results.coseLayoutMs)}`);
    const out = path.join(PROJECT_ROOT, 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'explorer.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await browser?.close();
    await server?.close();
    await graph.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

await main();
