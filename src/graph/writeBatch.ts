import { isEntityType, isRelationType } from '../model/vocabulary.ts';
import type { CypherRegistry } from './cypherRegistry.ts';
import type { Tx } from './Graph.ts';
import type { ArticleOutcome, BatchFact, GraphBatch, ResolvedEntity } from './graphBatch.ts';
import { linkFacts, recordTime } from './linkFacts.ts';
import { removeUnsupported } from './removeUnsupported.ts';

/** What writeBatch did: how every handle resolved, and what each article added. */
export interface BatchResult {
  resolved: Map<string, ResolvedEntity>;
  articles: Map<string, ArticleOutcome>;
  /** Ids of every fact the batch wrote a report for. */
  factIds: string[];
  factsCreated: number;
  entitiesCreated: number;
  articlesCreated: number;
}

export interface WriteBatchOptions {
  /** Articles of the batch that already exist and are being rewritten: what they no longer report is removed first. */
  replacing?: readonly string[];
  /** Called with the resolution before facts are written; throwing rolls the transaction back (type conflicts, dangling references). */
  check?: (resolved: ReadonlyMap<string, ResolvedEntity>) => void;
}

interface FactRow {
  id: string;
  relation: string;
  subjectId: string;
  objectId: string;
  properties: Record<string, unknown>;
  origin: string | null;
  reports: { articleId: string; update: boolean; properties: Record<string, unknown> }[];
}

/**
 * Writes a GraphBatch inside the caller's transaction, in four statements whatever its size:
 * entities resolved and merged (write/resolve-entities), articles and mentions
 * (write/write-articles), facts with their reports and incrementally maintained aggregates
 * (write/write-facts), then the rare clean-ups (rewritten articles, changed reports).
 * Idempotent: MERGE on constrained ids and alias keys. This is the one place an article's
 * write happens; every writer (ingest, add, the API mutation, GDELT, the benchmark) calls it.
 */
export async function writeBatch(tx: Tx, cypher: CypherRegistry, batch: GraphBatch, options: WriteBatchOptions = {}): Promise<BatchResult> {
  assertVocabulary(batch.entities.filter((e) => e.create).map((e) => e.type), isEntityType);
  assertVocabulary(batch.facts.map((f) => f.relation), isRelationType);
  const entityRows = [...batch.entities].sort((a, b) => compare(a.claimKey ?? a.id, b.claimKey ?? b.id));
  const resolvedRows = await tx.rows<{ handle: string; id: string | null; type: string | null; created: boolean }>(cypher.get('write/resolve-entities'), { entities: entityRows });
  const resolved = new Map<string, ResolvedEntity>();
  for (const r of resolvedRows) if (r.id !== null) resolved.set(r.handle, { id: r.id, type: r.type ?? '', created: r.created });
  options.check?.(resolved);

  const facts = factRows(batch.facts, resolved, new Map(batch.articles.map((a) => [a.id, a.update])));
  const recordedAt = recordTime();
  const stale = { factIds: [] as string[], entityIds: [] as string[] };
  for (const articleId of options.replacing ?? []) {
    const article = batch.articles.find((a) => a.id === articleId);
    if (!article) continue;
    const factIds = facts.filter((f) => f.reports.some((r) => r.articleId === articleId)).map((f) => f.id);
    const entityIds = idsOf(article.mentions, resolved);
    const [pruned] = await tx.rows<{ factIds: string[]; entityIds: string[] }>(cypher.get('ingest/prune-article'), { articleId, factIds, entityIds, retractedAt: recordedAt });
    stale.factIds.push(...(pruned?.factIds ?? []));
    stale.entityIds.push(...(pruned?.entityIds ?? []));
  }

  const articleRows = batch.articles.map(({ mentions, ...a }) => ({ ...a, mentions: idsOf(mentions, resolved) }));
  const written = await tx.rows<{ id: string; created: boolean }>(cypher.get('write/write-articles'), { articles: articleRows });
  const articles = new Map<string, ArticleOutcome>(
    written.map((a) => [a.id, { articleId: a.id, articleCreated: a.created, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0 }]),
  );
  const outcome = facts.length
    ? await tx.rows<{ id: string; isNew: boolean; outcome: { articleId: string; added: boolean }[]; changed: boolean }>(cypher.get('write/write-facts'), { facts, recordedAt })
    : [];
  let factsCreated = 0;
  const refresh: string[] = [];
  for (const fact of outcome) {
    if (fact.isNew) factsCreated += 1;
    if (fact.changed) refresh.push(fact.id);
    fact.outcome.forEach((report, i) => {
      const counts = articles.get(report.articleId);
      if (!counts || !report.added) return;
      counts.sourcesAdded += 1;
      if (fact.isNew && i === 0) counts.factsCreated += 1;
      else counts.factsCorroborated += 1;
    });
  }
  if (refresh.length) await tx.run(cypher.get('ingest/refresh-facts'), { factIds: refresh });
  if (stale.factIds.length || stale.entityIds.length) await removeUnsupported(tx, cypher, stale.factIds, stale.entityIds, recordedAt);
  await linkFacts(tx, cypher, facts.map((f) => f.id));
  return {
    resolved,
    articles,
    factIds: facts.map((f) => f.id),
    factsCreated,
    entitiesCreated: new Set([...resolved.values()].filter((r) => r.created).map((r) => r.id)).size,
    articlesCreated: written.filter((a) => a.created).length,
  };
}

/** The canonical id of a fact between two resolved entities. */
export function factIdOf(subjectId: string, relation: string, objectId: string): string {
  return `${subjectId}|${relation}|${objectId}`;
}

/** Facts by canonical id (two handles may resolve to one entity), reports in batch order, one per article (the first wins). */
function factRows(list: readonly BatchFact[], resolved: ReadonlyMap<string, ResolvedEntity>, updates: ReadonlyMap<string, boolean>): FactRow[] {
  const rows = new Map<string, FactRow>();
  for (const fact of list) {
    const subject = resolved.get(fact.subject);
    const object = resolved.get(fact.object);
    if (!subject || !object) throw new Error(`unresolved entity handle in a fact: ${!subject ? fact.subject : fact.object}`);
    const id = factIdOf(subject.id, fact.relation, object.id);
    let row = rows.get(id);
    if (!row) {
      row = { id, relation: fact.relation, subjectId: subject.id, objectId: object.id, properties: {}, origin: fact.origin, reports: [] };
      rows.set(id, row);
    }
    Object.assign(row.properties, fact.properties);
    for (const report of fact.reports) {
      if (row.reports.some((r) => r.articleId === report.articleId)) continue;
      row.reports.push({ articleId: report.articleId, update: updates.get(report.articleId) ?? false, properties: report.properties });
    }
  }
  return [...rows.values()].sort((a, b) => compare(a.id, b.id));
}

function idsOf(handles: readonly string[], resolved: ReadonlyMap<string, ResolvedEntity>): string[] {
  return [...new Set(handles.flatMap((h) => (resolved.has(h) ? [resolved.get(h)!.id] : [])))];
}

/** Labels and relationship types become Cypher names (dynamic `$(...)`): only vocabulary names may. */
function assertVocabulary(names: readonly string[], allowed: (name: string) => boolean): void {
  const bad = names.find((n) => !allowed(n));
  if (bad !== undefined) throw new Error(`refusing to use "${bad}" as a label or relationship type: not in the vocabulary`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
