import type { Graph } from './Graph.ts';
import type { ChangeRecord } from './recordChange.ts';

/** A change event read back from the log: its number, commit time and what changed. */
export interface ChangeEvent extends ChangeRecord {
  seq: number;
  /** When the writing transaction ran (ISO date-time). */
  at: string;
}

/** Change events numbered after `after`, oldest first, at most `limit`. */
export async function readChanges(graph: Graph, after: number, limit: number): Promise<ChangeEvent[]> {
  const rows = await graph.readQuery<{ seq: number; kind: ChangeRecord['kind']; payload: string; at: string }>('changes/read-changes', { after, limit });
  return rows.map((r) => ({ ...(JSON.parse(r.payload) as Omit<ChangeRecord, 'kind'>), kind: r.kind, seq: r.seq, at: r.at }));
}

/** The number of the last change event written (0 when the log is empty). */
export async function latestChange(graph: Graph): Promise<number> {
  const [row] = await graph.readQuery<{ seq: number }>('changes/latest-change');
  return row?.seq ?? 0;
}
