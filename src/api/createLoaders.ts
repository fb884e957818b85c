import DataLoader from 'dataloader';
import type { Graph } from '../graph/Graph.ts';
import type { IdPage } from './pagination.ts';
import { toFactRow, type ArticleRow, type EntityRow, type FactRow, type SourceRow } from './rows.ts';

/** Arguments of one Entity.relations call; calls with equal arguments share one batched statement. */
export interface RelationsQuery {
  types: string[];
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  from: string | null;
  to: string | null;
  skip: number;
  limit: number;
}

/** Per-request batching: one Cypher statement per loader per tick, however many items a query returns. */
export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  fact: DataLoader<string, FactRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  sources: DataLoader<string, SourceRow[]>;
  degree: DataLoader<string, number>;
  timeline: (limit: number) => DataLoader<string, string[]>;
  relations: (query: RelationsQuery) => DataLoader<string, IdPage>;
  articleContents: DataLoader<string, { factIds: string[]; entityIds: string[] }>;
}

/** Orders rows keyed by `key` like `ids`, filling gaps with `missing`. */
function byKey<R, V>(ids: readonly string[], rows: R[], key: (r: R) => string, value: (r: R) => V, missing: V): V[] {
  const map = new Map(rows.map((r) => [key(r), value(r)]));
  return ids.map((id) => map.get(id) ?? missing);
}

/** Creates the DataLoaders for one request (caches never outlive it). */
export function createLoaders(graph: Graph): Loaders {
  const entity = new DataLoader<string, EntityRow | null>(async (ids) => {
    const rows = await graph.readQuery<{ entity: EntityRow }>('api/entities-by-ids', { ids });
    return byKey(ids, rows, (r) => r.entity.id, (r) => r.entity, null);
  });
  const fact = new DataLoader<string, FactRow | null>(async (ids) => {
    const rows = await graph.readQuery<{ fact: Record<string, unknown>; subject: EntityRow; object: EntityRow }>('api/facts-by-ids', { ids });
    for (const r of rows) {
      entity.prime(r.subject.id, r.subject);
      entity.prime(r.object.id, r.object);
    }
    return byKey(ids, rows, (r) => String(r.fact.id), (r) => toFactRow(r.fact, r.subject, r.object), null);
  });
  const article = new DataLoader<string, ArticleRow | null>(async (ids) => {
    const rows = await graph.readQuery<{ article: ArticleRow }>('api/articles-by-ids', { ids });
    return byKey(ids, rows, (r) => r.article.id, (r) => r.article, null);
  });
  const sources = new DataLoader<string, SourceRow[]>(async (ids) => {
    const rows = await graph.readQuery<{ factId: string; sources: SourceRow[] }>('api/fact-sources', { ids });
    return byKey(ids, rows, (r) => r.factId, (r) => r.sources, []);
  });
  const degree = new DataLoader<string, number>(async (ids) => {
    const rows = await graph.readQuery<{ id: string; degree: number }>('api/entity-degrees', { ids });
    return byKey(ids, rows, (r) => r.id, (r) => r.degree, 0);
  });
  const articleContents = new DataLoader<string, { factIds: string[]; entityIds: string[] }>(async (ids) => {
    const rows = await graph.readQuery<{ id: string; factIds: string[]; entityIds: string[] }>('api/article-contents', { ids });
    return byKey(ids, rows, (r) => r.id, (r) => ({ factIds: r.factIds, entityIds: r.entityIds }), { factIds: [], entityIds: [] });
  });
  // Loaders with arguments: one loader per distinct argument set, so each batch is one statement.
  const timelines = new Map<number, DataLoader<string, string[]>>();
  const timeline = (limit: number) => {
    let loader = timelines.get(limit);
    if (!loader) {
      loader = new DataLoader<string, string[]>(async (ids) => {
        const rows = await graph.readQuery<{ id: string; ids: string[] }>('api/entity-timeline', { ids, limit });
        return byKey(ids, rows, (r) => r.id, (r) => r.ids, []);
      });
      timelines.set(limit, loader);
    }
    return loader;
  };
  const relationLoaders = new Map<string, DataLoader<string, IdPage>>();
  const relations = (query: RelationsQuery) => {
    const key = JSON.stringify(query);
    let loader = relationLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, IdPage>(async (ids) => {
        const rows = await graph.readQuery<{ id: string; totalCount: number; ids: string[] }>('api/entity-relations', { ids, ...query });
        return byKey(ids, rows, (r) => r.id, (r) => ({ ids: r.ids, totalCount: r.totalCount }), { ids: [], totalCount: 0 });
      });
      relationLoaders.set(key, loader);
    }
    return loader;
  };
  return { entity, fact, article, sources, degree, timeline, relations, articleContents };
}

/** Loads rows by id, dropping ids that no longer resolve (e.g. retracted between two statements); a failed batch throws. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  const failed = rows.find((r) => r instanceof Error);
  if (failed) throw failed;
  return rows.filter((r): r is T => r !== null);
}
