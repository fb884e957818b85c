import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config/loadConfig.ts';
import { AppError, exitCodeFor } from '../errors/AppError.ts';
import type { Graph } from '../graph/Graph.ts';
import { importGdelt } from '../importers/gdelt/importGdelt.ts';
import { createExtractor } from '../extract/extractors.ts';
import { fetchResource } from '../sources/fetchResource.ts';
import { FEED_TYPES, readFeedItems, type FeedItem } from '../sources/readFeedItems.ts';
import { loadWatchState, saveWatchState, watchStatePath, type WatchState } from '../sources/watchState.ts';
import { ensureSchema } from '../startup/ensureSchema.ts';
import { connect } from './connect.ts';
import { addWebArticle, openAddSession, type AddSession } from './addArticle.ts';

interface WatchOptions {
  every: number;
  once?: boolean;
  concurrency: number;
  maxItems: number;
  baseUrl?: string;
}

/** Worst outcome of a poll, as an exit code: 0 fine, 2 something skipped as bad input, 10 a source unreachable. */
let worst = 0;
const say = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`newsgraph: ${line}\n`);

function report(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  warn(error.message);
  worst = Math.max(worst, exitCodeFor[error.code]);
}

/** Errors after which an item is tried again next poll (the page may come back). */
function isTransient(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'SOURCE_UNAVAILABLE' || error.code === 'TIMEOUT' || error.code === 'DATABASE_UNAVAILABLE');
}

/** Polls until Ctrl-C (or once with --once); returns the exit code. */
export async function runWatch(targets: string[], opts: WatchOptions): Promise<number> {
  const config = loadConfig(process.env, opts.baseUrl ? { gdeltBaseUrl: opts.baseUrl } : {});
  const gdelt = targets.length === 1 && targets[0] === 'gdelt';
  const { graph } = await connect();
  try {
    // Like ingest and import: pending migrations first (the change log's constraint among them).
    await ensureSchema(graph, config.rootDir, (line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    await graph.close();
    throw error;
  }
  const stateFile = watchStatePath(config.local.home);
  const state = loadWatchState(stateFile);
  let stopping = false;
  let wake: () => void = () => {};
  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('\nstopping after the articles in hand (Ctrl-C again to quit now)\n');
    wake();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    do {
      if (gdelt) await pollGdelt(graph, config, state, stateFile);
      else await pollFeeds(graph, config, targets, state, stateFile, opts, () => stopping);
      if (opts.once || stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.every);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    } while (!stopping);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    saveWatchState(stateFile, state);
    await graph.close();
  }
  return worst;
}

async function pollFeeds(graph: Graph, config: Config, feeds: string[], state: WatchState, stateFile: string, opts: WatchOptions, stopping: () => boolean): Promise<void> {
  // Opened at the first new item: the entity registry, the graph's entities and the extractor (the rules, in process), shared by the feeds.
  let session: AddSession | undefined;
  for (const feedUrl of feeds) {
    if (stopping()) return;
    const feedState = (state.feeds[feedUrl] ??= { seen: [] });
    let items: FeedItem[];
    try {
      const fetched = await fetchResource(feedUrl, config.fetch, { accept: FEED_TYPES, what: 'feed', etag: feedState.etag, lastModified: feedState.lastModified });
      if (fetched.notModified) {
        say(`feed ${feedUrl}: not modified`);
        continue;
      }
      const parsed = readFeedItems(fetched.body.toString('utf8'), feedUrl);
      for (const line of parsed.broken) report(new AppError('BAD_USER_INPUT', `${line}; skipped`));
      items = parsed.items;
      feedState.etag = fetched.etag;
      feedState.lastModified = fetched.lastModified;
    } catch (error) {
      report(error);
      continue;
    }
    const seen = new Set(feedState.seen);
    const fresh = items.filter((item) => !seen.has(item.key));
    const batch = fresh.slice(0, opts.maxItems);
    say(`feed ${feedUrl}: ${items.length} items, ${fresh.length} new${fresh.length > batch.length ? `, taking ${batch.length} now (--max-items)` : ''}`);
    if (!batch.length) {
      saveWatchState(stateFile, state);
      continue;
    }
    session ??= await openAddSession(graph, config, await createExtractor('rules', config));
    let next = 0;
    const worker = async () => {
      while (next < batch.length && !stopping()) {
        const item = batch[next++]!;
        try {
          const { summary: s, facts, notices } = await addWebArticle(session!, item.url);
          say(`added ${item.url} -> ${s.articleId}: ${facts.length} facts extracted, ${s.factsCreated} new, ${s.factsCorroborated} corroborated`);
          for (const notice of notices) warn(`notice: ${notice}`);
          feedState.seen.push(item.key);
        } catch (error) {
          report(error);
          // A page that is gone or not an article stays skipped; an unreachable one is tried again next poll.
          if (!isTransient(error)) feedState.seen.push(item.key);
        }
        saveWatchState(stateFile, state);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, batch.length) }, worker));
  }
}

async function pollGdelt(graph: Graph, config: Config, state: WatchState, stateFile: string): Promise<void> {
  const listUrl = `${config.gdeltBaseUrl}/lastupdate.txt`;
  try {
    const list = await fetchResource(listUrl, config.fetch, { accept: ['text/plain', 'application/octet-stream'], what: 'GDELT update list' });
    // Lines "<size> <md5> <url>": the events export is the *.export.CSV.zip one.
    const line = list.body
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .find((parts) => parts.length === 3 && /\.export\.CSV\.zip$/i.test(parts[2]!));
    if (!line) throw new AppError('BAD_USER_INPUT', `${listUrl}: no "<size> <md5> <url>.export.CSV.zip" line`);
    const [, md5, exportUrl] = line as [string, string, string];
    if (state.gdelt.lastExport === exportUrl) {
      say(`gdelt: ${exportUrl} already imported`);
      return;
    }
    const zip = await fetchResource(exportUrl, { ...config.fetch, maxBytes: Math.max(config.fetch.maxBytes, 200 * 1024 * 1024) }, { accept: ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'], what: 'GDELT export' });
    const actual = crypto.createHash('md5').update(zip.body).digest('hex');
    if (actual !== md5.toLowerCase()) throw new AppError('BAD_USER_INPUT', `${exportUrl}: md5 ${actual} does not match ${md5} from lastupdate.txt; not imported`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-gdelt-'));
    const file = path.join(dir, path.basename(new URL(exportUrl).pathname));
    try {
      fs.writeFileSync(file, zip.body);
      const r = await importGdelt(graph, [file]);
      say(`gdelt: imported ${path.basename(file)}: ${r.rowsRead} rows, ${r.factsWritten} facts written (${r.factsCreated} new), ${r.articlesCreated} new articles`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    state.gdelt.lastExport = exportUrl;
    saveWatchState(stateFile, state);
  } catch (error) {
    report(error);
  }
}
