/**
 * A CPU profile of one explorer page load (bench:explorer --profile): Chromium's sampling
 * profiler through the DevTools protocol, from navigation to the first full render. Writes the
 * profile (open it in Chromium's DevTools, Performance panel) and returns the functions with the
 * most self time, so where the time goes can be read without a GUI. Function names are only
 * meaningful in an unminified build (`npx vite build --config explorer/vite.config.ts --minify false`
 * before the run; the next ordinary build replaces it).
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per function (name, file and line), largest first, in milliseconds. */
export function selfTimes(profile: CpuProfile): { fn: string; ms: number }[] {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the delta to the next sample (microseconds).
  for (let i = 0; i < samples.length; i++) byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const byFn = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
  }
  return [...byFn].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms);
}

/** Loads `url` in a fresh page under the profiler until the page has drawn its view; writes the profile to `out`. */
export async function profilePageLoad(browser: Browser, url: string, out: string): Promise<{ totalMs: number; top: { fn: string; ms: number }[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => window.__newsgraph?.lastRender?.drawMs !== undefined && document.body.dataset.state === 'ready', undefined, { timeout: 120_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  fs.writeFileSync(out, JSON.stringify(profile));
  await context.close();
  return { totalMs: (profile.endTime - profile.startTime) / 1000, top: selfTimes(profile).slice(0, 25) };
}
