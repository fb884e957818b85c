/**
 * Loads fact files in bulk: many articles per transaction through the GDELT importer's batch
 * writer (UNWIND, MERGE on constrained ids). The benchmark uses it to build large graphs fast
 * and to compare against per-article ingest and a naive one-transaction-per-fact loader.
 * Relation properties (title, measure, ...) are not written by this path.
 */
import type { Graph } from '../src/graph/Graph.ts';
import type { FactFileInput } from '../src/ingest/factFileSchema.ts';
import type { GdeltEvent, ImportEntity } from '../src/importers/gdelt/gdeltEvent.ts';
import { writeGdeltBatch } from '../src/importers/gdelt/writeGdeltBatch.ts';
import type { RelationType } from '../src/model/vocabulary.ts';

/** One fact file as the batch writer's rows (entities, article, facts with their source). */
export function factFileToEvent(file: FactFileInput, line = 0): GdeltEvent {
  const a = file.article;
  const entities: ImportEntity[] = (file.entities ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    kind: e.kind ?? null,
    aliases: [...(e.aliases ?? [])],
  }));
  return {
    line,
    article: { id: a.id, title: a.title, url: a.url ?? '', publisher: a.publisher ?? null, publishedAt: a.publishedAt === undefined ? null : String(a.publishedAt) },
    entities,
    facts: (file.facts ?? []).map((f) => ({
      factId: `${f.subject}|${f.relation}|${f.object}`,
      relation: f.relation as RelationType,
      subjectId: f.subject,
      objectId: f.object,
      articleId: a.id,
      evidence: f.evidence,
      date: f.date === undefined ? null : String(f.date),
      confidence: f.confidence ?? 1,
      status: f.status ?? 'asserted',
      cameo: f.cameo ?? null,
      goldstein: f.goldstein ?? null,
      avgTone: f.avgTone ?? null,
      numMentions: f.numMentions ?? null,
      eventId: null,
    })),
  };
}

/** Writes fact files `perTransaction` articles at a time; returns the number of facts written. */
export async function loadCorpusBulk(graph: Graph, files: Iterable<FactFileInput>, perTransaction = 200): Promise<number> {
  let batch: GdeltEvent[] = [];
  let facts = 0;
  for (const file of files) {
    batch.push(factFileToEvent(file));
    facts += file.facts?.length ?? 0;
    if (batch.length >= perTransaction) {
      await writeGdeltBatch(graph, batch);
      batch = [];
    }
  }
  if (batch.length) await writeGdeltBatch(graph, batch);
  return facts;
}

/** The naive loader: every fact in its own transaction (same statements, batch of one). */
export async function loadCorpusNaive(graph: Graph, files: Iterable<FactFileInput>, deadline = Infinity): Promise<number> {
  let facts = 0;
  for (const file of files) {
    const event = factFileToEvent(file);
    for (const fact of event.facts) {
      if (performance.now() > deadline) return facts;
      const entities = event.entities.filter((e) => e.id === fact.subjectId || e.id === fact.objectId);
      await writeGdeltBatch(graph, [{ ...event, entities, facts: [fact] }]);
      facts += 1;
    }
  }
  return facts;
}
