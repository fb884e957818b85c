import type { CypherRegistry } from './cypherRegistry.ts';
import type { Tx } from './Graph.ts';

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

/**
 * Appends a change event in the writer's own transaction (call it last, just before commit:
 * it takes the change-log counter's lock). Neo4j Community has no change data capture; the
 * GraphQL server follows these events to feed subscriptions, whichever process wrote.
 */
export async function recordChange(tx: Tx, cypher: CypherRegistry, change: ChangeRecord): Promise<number> {
  const [row] = await tx.rows<{ seq: number }>(cypher.get('changes/record-change'), { kind: change.kind, payload: JSON.stringify({ ...change, kind: undefined }) });
  return row!.seq;
}
