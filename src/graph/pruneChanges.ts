import type { Graph } from './Graph.ts';

/** What the change log keeps: the latest `events` events, and none older than `days` days. */
export interface ChangeLogRetention {
  days: number;
  events: number;
}

const PRUNE_BATCH = 10_000;

/**
 * Deletes the change events beyond the retention (src/graph/recordChange.ts writes them), in
 * transactions of at most 10,000 deletions; returns how many went. The counter stays, so the
 * next event goes on numbering from the last one.
 */
export async function pruneChanges(graph: Graph, keep: ChangeLogRetention): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.writeQuery<{ deleted: number }>('changes/prune-changes', { keepEvents: keep.events, keepDays: keep.days, limit: PRUNE_BATCH });
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted < PRUNE_BATCH) return total;
  }
}
