/**
 * The floor the benchmark measures newsgraph's writers against: the same facts loaded with
 * plain UNWIND batches that MERGE on the constrained ids (entities, article, fact, SUBJECT /
 * OBJECT, REPORTS, the traversal edge) and nothing else: no entity resolution, no aliases, no
 * aggregates, no report. Bench-only; the product never runs it.
 */
import type { Graph } from '../src/graph/Graph.ts';
import type { FactFileInput } from '../src/ingest/factFileSchema.ts';
import type { GdeltEvent } from '../src/importers/gdelt/gdeltEvent.ts';
import { isEntityType, isRelationType } from '../src/model/vocabulary.ts';

/** One fact with its source, as the floor statement takes it. */
export interface FloorRow {
  id: string;
  relation: string;
  subject: { id: string; type: string; name: string };
  object: { id: string; type: string; name: string };
  article: { id: string; title: string };
  report: Record<string, unknown>;
}

const FLOOR = `
UNWIND $rows AS row
MERGE (s:Entity {id: row.subject.id}) ON CREATE SET s:$(row.subject.type), s.name = row.subject.name
MERGE (o:Entity {id: row.object.id}) ON CREATE SET o:$(row.object.type), o.name = row.object.name
MERGE (a:Article {id: row.article.id}) ON CREATE SET a.title = row.article.title
MERGE (f:Fact {id: row.id}) ON CREATE SET f.relation = row.relation, f.subjectId = row.subject.id, f.objectId = row.object.id
MERGE (f)-[:SUBJECT]->(s)
MERGE (f)-[:OBJECT]->(o)
MERGE (a)-[r:REPORTS]->(f) ON CREATE SET r += row.report
MERGE (s)-[:$(row.relation) {factId: row.id}]->(o)`;

/** The facts of fact files as floor rows (entity ids as written in the files). */
export function floorRowsFromFactFiles(files: Iterable<FactFileInput>): FloorRow[] {
  const rows: FloorRow[] = [];
  for (const file of files) {
    const byId = new Map((file.entities ?? []).map((e) => [e.id, e]));
    const entity = (id: string) => {
      const e = byId.get(id);
      return { id, type: e?.type ?? 'Country', name: e?.name ?? id };
    };
    for (const f of file.facts ?? []) {
      rows.push({
        id: `${f.subject}|${f.relation}|${f.object}`,
        relation: f.relation,
        subject: entity(f.subject),
        object: entity(f.object),
        article: { id: file.article.id, title: file.article.title },
        report: { evidence: f.evidence, date: f.date === undefined ? null : String(f.date), confidence: f.confidence ?? 1, status: f.status ?? 'asserted' },
      });
    }
  }
  return rows;
}

/** The facts of GDELT events as floor rows. */
export function floorRowsFromGdelt(events: Iterable<GdeltEvent>): FloorRow[] {
  const rows: FloorRow[] = [];
  for (const event of events) {
    const byId = new Map(event.entities.map((e) => [e.id, e]));
    const entity = (id: string) => ({ id, type: byId.get(id)?.type ?? 'Country', name: byId.get(id)?.name ?? id });
    for (const f of event.facts) {
      rows.push({
        id: f.factId,
        relation: f.relation,
        subject: entity(f.subjectId),
        object: entity(f.objectId),
        article: { id: event.article.id, title: event.article.title },
        report: { evidence: f.evidence, date: f.date, confidence: f.confidence, status: f.status, cameo: f.cameo, goldstein: f.goldstein },
      });
    }
  }
  return rows;
}

/** Loads floor rows, `perTransaction` facts per transaction; returns the number of facts. */
export async function loadFloor(graph: Graph, rows: FloorRow[], perTransaction = 2000): Promise<number> {
  for (const r of rows) if (!isRelationType(r.relation) || !isEntityType(r.subject.type) || !isEntityType(r.object.type)) throw new Error(`not in the vocabulary: ${r.id}`);
  for (let i = 0; i < rows.length; i += perTransaction) {
    const slice = rows.slice(i, i + perTransaction);
    await graph.write((tx) => tx.run(FLOOR, { rows: slice }), { timeoutMs: 600_000 });
  }
  return rows.length;
}

/** The naive loader: the floor statement with one fact per transaction, until `deadline`. */
export async function loadNaive(graph: Graph, rows: FloorRow[], deadline = Infinity): Promise<number> {
  let n = 0;
  for (const row of rows) {
    if (performance.now() > deadline) break;
    await graph.write((tx) => tx.run(FLOOR, { rows: [row] }));
    n += 1;
  }
  return n;
}
