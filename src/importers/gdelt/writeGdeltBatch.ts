import type { Graph } from '../../graph/Graph.ts';
import { recordChange } from '../../graph/recordChange.ts';
import { isEntityType, isRelationType } from '../../model/vocabulary.ts';
import { normalizeAlias } from '../../model/entityRegistry.ts';
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
 * Writes the events of a batch in one transaction: articles, entities, facts with their
 * sources (one UNWIND statement each), then the facts' summaries. Idempotent (MERGE on
 * constrained ids; REPORTS properties only on create), so a retried or repeated batch changes
 * nothing. Rows are sorted by id so concurrent imports take locks in the same order.
 */
export async function writeGdeltBatch(graph: Graph, events: GdeltEvent[]): Promise<BatchCounts> {
  const articles = uniqueBy(events.map((e) => e.article), (a) => a.id);
  const entities = mergeEntities(events.flatMap((e) => e.entities)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // One REPORTS edge per (article, fact): the first row wins, later duplicates add nothing.
  const facts = uniqueBy(events.flatMap((e) => e.facts), (f) => `${f.articleId}\u0000${f.factId}`).sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
  const factIds = [...new Set(facts.map((f) => f.factId))];
  // Labels and relationship types are set dynamically in Cypher: only vocabulary values get there.
  assertVocabulary(entities.map((e) => e.type), isEntityType);
  assertVocabulary(facts.map((f) => f.relation), isRelationType);
  return graph.write(async (tx) => {
    const [existing] = await tx.rows<{ facts: number; articles: number; entities: number }>(graph.cypher.get('gdelt/count-existing'), {
      factIds,
      articleIds: articles.map((a) => a.id),
      entityIds: entities.map((e) => e.id),
    });
    await tx.run(graph.cypher.get('gdelt/merge-articles'), { articles });
    await tx.run(graph.cypher.get('gdelt/merge-entities'), { entities: entities.map(entityRow) });
    await tx.run(graph.cypher.get('gdelt/merge-facts'), { facts });
    // Fact aggregates: the ingest module's statement, so both writers keep one layout.
    await tx.run(graph.cypher.get('ingest/refresh-facts'), { factIds });
    // A batch whose articles were all there already wrote nothing new (imports are idempotent): no event.
    if (articles.length > (existing?.articles ?? 0)) {
      await recordChange(tx, graph.cypher, { kind: 'IMPORT', articleIds: articles.map((a) => a.id), reportedFactIds: factIds, removedFactIds: [] });
    }
    return {
      factIds,
      factsCreated: factIds.length - (existing?.facts ?? 0),
      articlesCreated: articles.length - (existing?.articles ?? 0),
      entitiesCreated: entities.length - (existing?.entities ?? 0),
    };
  }, { timeoutMs: BATCH_TIMEOUT_MS });
}

function assertVocabulary(values: string[], allowed: (v: string) => boolean): void {
  const bad = values.find((v) => !allowed(v));
  if (bad !== undefined) throw new Error(`"${bad}" is not in the vocabulary: refusing to write it as a label or type`);
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

function entityRow(e: ImportEntity) {
  const keys = [...new Set([e.name, ...e.aliases].filter((x): x is string => !!x).map(normalizeAlias).filter(Boolean))];
  return { id: e.id, type: e.type, name: e.name, kind: e.kind, aliases: e.aliases, aliasKeys: keys };
}

function uniqueBy<T>(list: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of list) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}
