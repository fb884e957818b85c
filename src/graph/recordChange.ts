import type { Graph, Tx } from './Graph.ts';

/** What kind of writer committed a change. */
export type ChangeKind = 'INGEST' | 'RETRACT' | 'IMPORT';

/** One committed write, as the change log keeps it (fact ids are `<subject>|<RELATION>|<object>`). */
export interface ChangeRecord {
  kind: ChangeKind;
  articleIds: string[];
  /** Facts the write added or gave a new source. */
  reportedFactIds: string[];
  /** Facts an article stopped reporting (retracted, or gone from a changed version). */
  removedFactIds: string[];
  title?: string;
}

/** Oldest events a write looks at for pruning: the log shrinks by up to this many per write when the retention is lowered. */
export const PRUNE_PER_WRITE = 100;

/**
 * Appends a change event in the writer's own transaction (call it last, just before commit:
 * it takes the change-log counter's lock). Neo4j Community has no change data capture; the
 * GraphQL server follows these events to feed subscriptions, whichever process wrote.
 * The same statement prunes the log: of its oldest events (at most PRUNE_PER_WRITE), those
 * beyond `graph.changeLog` (the latest keepEvents, none older than keepDays) are deleted.
 */
export async function recordChange(tx: Tx, graph: Pick<Graph, 'cypher' | 'changeLog'>, change: ChangeRecord): Promise<{ seq: number; pruned: number }> {
  const [row] = await tx.rows<{ seq: number; pruned: number }>(graph.cypher.get('changes/record-change'), {
    kind: change.kind,
    payload: JSON.stringify({ ...change, kind: undefined }),
    keepEvents: graph.changeLog.keepEvents,
    keepDays: graph.changeLog.keepDays,
    pruneAtMost: PRUNE_PER_WRITE,
  });
  return row!;
}
