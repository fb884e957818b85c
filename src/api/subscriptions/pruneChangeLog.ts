import type { Config } from '../../config/loadConfig.ts';
import type { Graph } from '../../graph/Graph.ts';
import { pruneChanges } from '../../graph/pruneChanges.ts';

/**
 * Keeps the change log bounded while the server runs: prunes it at once and then every
 * `changeLog.pruneEveryMs` (an hour) to the configured retention (NEWSGRAPH_CHANGE_LOG_KEEP_DAYS /
 * _KEEP_EVENTS). A failed run is logged (once until one succeeds) and tried again next time.
 * Returns a stop function that waits for a run in progress.
 */
export function startChangeLogPruning(graph: Graph, config: Config, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): () => Promise<void> {
  const keep = { days: config.changeLog.keepDays, events: config.changeLog.keepEvents };
  let running: Promise<void> = Promise.resolve();
  let warned = false;
  const run = () => {
    running = pruneChanges(graph, keep).then(
      () => void (warned = false),
      (error: Error) => {
        if (!warned) log(`newsgraph: cannot prune the change log (${error.message}); trying again in ${Math.round(config.changeLog.pruneEveryMs / 60_000)} min`);
        warned = true;
      },
    );
  };
  run();
  const timer = setInterval(run, config.changeLog.pruneEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
