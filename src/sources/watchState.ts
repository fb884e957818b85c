import fs from 'node:fs';
import path from 'node:path';

/** What `watch` remembers between polls and runs: per feed its validators and the items seen; the last GDELT export. */
export interface WatchState {
  feeds: Record<string, { etag?: string; lastModified?: string; seen: string[] }>;
  gdelt: { lastExport?: string };
}

/** The state file in the state folder (NEWSGRAPH_HOME). */
export function watchStatePath(home: string): string {
  return path.join(home, 'watch-state.json');
}

/** Reads the state (empty when there is none yet). */
export function loadWatchState(file: string): WatchState {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WatchState>;
    return { feeds: data.feeds ?? {}, gdelt: data.gdelt ?? {} };
  } catch {
    return { feeds: {}, gdelt: {} };
  }
}

/** Writes the state atomically (temp file + rename): a crash never leaves half a file. */
export function saveWatchState(file: string, state: WatchState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}
