import type { Graph } from '../../graph/Graph.ts';
import type { BatchArticle, BatchEntity, BatchFact, GraphBatch } from '../../graph/graphBatch.ts';
import { writeBatch } from '../../graph/writeBatch.ts';
import { recordChange } from '../../graph/recordChange.ts';
import { normalizeAlias, typedKey } from '../../model/aliasKeys.ts';
import type { GdeltEvent, ImportEntity } from './gdeltEvent.ts';

/** A batch is bulk work, not an interactive read: it gets far longer than the API's query timeout. */
const BATCH_TIMEOUT_MS = 10 * 60_000;

/** What one batch added to the graph (counted before writing, inside the same transaction). */
export interface BatchCounts {
  /** Ids of the facts the batch wrote a source for. */
  factIds: string[];
  factsCreated: number;
  articlesCreated: number;
  entitiesCreated: number;
}

/**
 * Writes the events of a batch in one transaction through the one writer (writeBatch):
 * articles, entities (by their GDELT-derived ids), facts with their sources, aggregates.
 * Idempotent (MERGE on constrained ids; REPORTS properties only on create), so a retried or
 * repeated batch changes nothing.
 */
export async function writeGdeltBatch(graph: Graph, events: GdeltEvent[]): Promise<BatchCounts> {
  const batch = gdeltBatch(events);
  const result = await graph.write(async (tx) => {
    const written = await writeBatch(tx, graph.cypher, batch);
    // A batch whose articles were all there already wrote nothing new (imports are idempotent): no change event.
    if (written.articlesCreated > 0) {
      await recordChange(tx, graph, { kind: 'IMPORT', articleIds: batch.articles.map((a) => a.id), reportedFactIds: written.factIds, removedFactIds: [] });
    }
    return written;
  }, { timeoutMs: BATCH_TIMEOUT_MS });
  return { factIds: result.factIds, factsCreated: result.factsCreated, articlesCreated: result.articlesCreated, entitiesCreated: result.entitiesCreated };
}

/** GDELT events as a GraphBatch: entities keep their codes as ids (exact-id resolution only), articles and reports are set once. */
export function gdeltBatch(events: GdeltEvent[]): GraphBatch {
  const entities = mergeEntities(events.flatMap((e) => e.entities)).map(entityRow);
  const mentions = new Map<string, Set<string>>();
  const facts: BatchFact[] = [];
  for (const event of events) {
    for (const f of event.facts) {
      const set = mentions.get(f.articleId) ?? new Set<string>();
      set.add(f.subjectId).add(f.objectId);
      mentions.set(f.articleId, set);
      facts.push({
        subject: f.subjectId,
        relation: f.relation,
        object: f.objectId,
        properties: {},
        origin: 'gdelt',
        reports: [{ articleId: f.articleId, properties: withoutNulls({ evidence: f.evidence, date: f.date, confidence: f.confidence, status: f.status, extractor: 'gdelt', cameo: f.cameo, goldstein: f.goldstein, avgTone: f.avgTone, numMentions: f.numMentions, gdeltEventId: f.eventId }) }],
      });
    }
  }
  const articles: BatchArticle[] = uniqueBy(events.map((e) => e.article), (a) => a.id).map((a) => ({
    id: a.id,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    author: null,
    publishedAt: a.publishedAt,
    language: null,
    contentHash: null,
    origin: 'gdelt',
    update: false,
    mentions: [...(mentions.get(a.id) ?? [])],
  }));
  return { entities, articles, facts };
}

/**
 * Folds repeated mentions of one entity into one row: aliases accumulate, and the name is the
 * one rows give most often (GDELT names a country actor by its capital too: "Washington").
 */
function mergeEntities(list: ImportEntity[]): ImportEntity[] {
  const byId = new Map<string, ImportEntity>();
  const names = new Map<string, Map<string, number>>();
  for (const e of list) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, { ...e, aliases: [...e.aliases] });
    else {
      seen.kind ??= e.kind;
      for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    }
    if (e.name) {
      const counts = names.get(e.id) ?? new Map<string, number>();
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
      names.set(e.id, counts);
    }
  }
  for (const [id, counts] of names) {
    byId.get(id)!.name = [...counts].reduce((best, x) => (x[1] > best[1] ? x : best))[0];
  }
  return [...byId.values()];
}

function entityRow(e: ImportEntity): BatchEntity {
  const aliasKeys = [...new Set([e.id.toLowerCase(), ...[e.name, ...e.aliases].filter((x): x is string => !!x).map(normalizeAlias).filter(Boolean)])];
  return {
    handle: e.id,
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    aliasKeys,
    keys: aliasKeys.map((k) => typedKey(e.type, k)),
    lookupKeys: [],
    claimKey: null,
    create: true,
    kind: e.kind,
    description: null,
    wikidata: null,
    origin: 'gdelt',
  };
}

function withoutNulls(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined && v !== null));
}

function uniqueBy<T>(list: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of list) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}
