import { createHash } from 'node:crypto';
import { AppError } from '../errors/AppError.ts';
import type { Graph, Tx } from '../graph/Graph.ts';
import type { BatchArticle, BatchFact, GraphBatch, ResolvedEntity } from '../graph/graphBatch.ts';
import { factIdOf, writeBatch } from '../graph/writeBatch.ts';
import { recordChange } from '../graph/recordChange.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { relationTypeProblem } from './checkFactFile.ts';
import type { FactFile } from './factFileSchema.ts';
import { invalidFactFile, type SourceIssue } from './invalidFactFile.ts';
import { mergeClaim, resolveEntities, type EntityClaim, type FileResolution } from './resolveEntities.ts';

/** What ingesting one article did (or, with dryRun, would do). */
export interface IngestSummary {
  articleId: string;
  entitiesCreated: number;
  entitiesMatched: number;
  factsCreated: number;
  /** Facts already in the graph (from other articles) that this article now also supports. */
  factsCorroborated: number;
  /** New (article)-[:REPORTS]->(fact) provenance links. */
  sourcesAdded: number;
  /** True when the graph already held this exact version of the article (nothing written). */
  unchanged?: boolean;
  dryRun: boolean;
}

/** A validated fact file to ingest, and the name its errors carry (the file path). */
export interface IngestItem {
  file: FactFile;
  source: string;
}

/** Each item's outcome, in input order: a summary, or the bad-input error that kept it out. */
export type IngestOutcome = { source: string; summary: IngestSummary } | { source: string; error: AppError };

/** Ingest transactions may be large (and the first run plans every statement): the API's read timeout is too short. */
export const INGEST_TIMEOUT_MS = 120_000;

/** Articles per write transaction unless told otherwise. */
export const DEFAULT_BATCH_ARTICLES = 100;

interface Prepared extends IngestItem {
  resolution: FileResolution;
  contentHash: string;
}

/**
 * Ingests validated fact files, many articles per write transaction (writeBatch: a handful of
 * statements per batch, entity resolution inside the write). When a batch fails, its
 * articles are retried one by one, so a bad article is reported alone and the good ones load.
 * Bad input (a type conflict with the graph, a dangling reference) is returned per item; other
 * errors (the database went away) are thrown.
 */
export async function ingestArticles(
  graph: Graph,
  items: readonly IngestItem[],
  options: { registry: EntityRegistry; batchArticles?: number; onProgress?: (done: number, total: number) => void },
): Promise<IngestOutcome[]> {
  const prepared = items.map((item) => prepare(item, options.registry));
  const outcomes: IngestOutcome[] = [];
  let done = 0;
  for (const group of groups(prepared, options.batchArticles ?? DEFAULT_BATCH_ARTICLES)) {
    try {
      const summaries = await graph.write((tx) => writeGroup(tx, graph, group), { timeoutMs: INGEST_TIMEOUT_MS });
      group.forEach((p, i) => outcomes.push({ source: p.source, summary: summaries[i]! }));
    } catch (error) {
      if (group.length === 1) {
        if (!isBadInput(error)) throw error;
        outcomes.push({ source: group[0]!.source, error });
      } else {
        // One bad article fails its whole batch: retry them alone, so only it is reported.
        for (const p of group) {
          try {
            const [summary] = await graph.write((tx) => writeGroup(tx, graph, [p]), { timeoutMs: INGEST_TIMEOUT_MS });
            outcomes.push({ source: p.source, summary: summary! });
          } catch (single) {
            if (!isBadInput(single)) throw single;
            outcomes.push({ source: p.source, error: single });
          }
        }
      }
    }
    done += group.length;
    options.onProgress?.(done, prepared.length);
  }
  return outcomes;
}

/** What ingesting one article would change, reading only (same resolution rules as the write). */
export async function dryRunArticle(graph: Graph, item: IngestItem, registry: EntityRegistry): Promise<IngestSummary> {
  const p = prepare(item, registry);
  return graph.read(async (tx) => {
    const [stored] = await tx.rows<{ contentHash: string }>(graph.cypher.get('write/article-hashes'), { articleIds: [p.file.article.id] });
    const handles = p.resolution.claims;
    if (stored?.contentHash === p.contentHash) return unchangedSummary(p, true);
    const found = await tx.rows<{ handle: string; id: string | null; type: string | null }>(graph.cypher.get('write/find-entities'), {
      entities: handles.map((c) => ({ handle: c.handle, id: c.id, lookupKeys: c.lookupKeys })),
    });
    const resolved = new Map<string, ResolvedEntity>();
    for (const c of handles) {
      const hit = found.find((f) => f.handle === c.handle);
      if (hit?.id) resolved.set(c.handle, { id: hit.id, type: hit.type ?? '', created: false });
      else if (c.create) resolved.set(c.handle, { id: c.id, type: c.type, created: true });
    }
    const issues = resolutionIssues(p, resolved);
    if (issues.length) throw invalidFactFile(p.source, issues);
    const factIds = [...new Set(p.file.facts.map((f) => factIdOf(resolved.get(p.resolution.claimOf.get(f.subject)!.handle)!.id, f.relation, resolved.get(p.resolution.claimOf.get(f.object)!.handle)!.id)))];
    const known = await tx.rows<{ id: string; reportedByArticle: boolean }>(graph.cypher.get('ingest/find-facts'), { articleId: p.file.article.id, factIds });
    const byId = new Map(known.map((k) => [k.id, k]));
    const ids = new Map<string, boolean>();
    for (const c of handles) if (resolved.has(c.handle)) ids.set(resolved.get(c.handle)!.id, resolved.get(c.handle)!.created);
    const created = [...ids.values()].filter(Boolean).length;
    return {
      articleId: p.file.article.id,
      entitiesCreated: created,
      entitiesMatched: ids.size - created,
      factsCreated: factIds.filter((id) => !byId.has(id)).length,
      factsCorroborated: factIds.filter((id) => byId.has(id) && !byId.get(id)!.reportedByArticle).length,
      sourcesAdded: factIds.filter((id) => !byId.get(id)?.reportedByArticle).length,
      dryRun: true,
    };
  }, { timeoutMs: INGEST_TIMEOUT_MS });
}

function prepare(item: IngestItem, registry: EntityRegistry): Prepared {
  const resolution = resolveEntities(item.file, registry);
  const idOf = [...resolution.claimOf].map(([ref, c]) => [ref, c.handle]).sort(([a], [b]) => (a! < b! ? -1 : 1));
  // Same file, resolved the same way by the registry: the stored version is this one.
  const contentHash = createHash('sha256').update(JSON.stringify({ file: item.file, idOf })).digest('hex').slice(0, 16);
  return { ...item, resolution, contentHash };
}

/** Batches of distinct article ids (a repeated id starts a new batch, so the later file wins as if loaded one by one). */
function* groups(items: Prepared[], size: number): Generator<Prepared[]> {
  let group: Prepared[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    if (group.length >= size || ids.has(item.file.article.id)) {
      yield group;
      group = [];
      ids.clear();
    }
    group.push(item);
    ids.add(item.file.article.id);
  }
  if (group.length) yield group;
}

/** One transaction: skip unchanged articles, write the rest as one GraphBatch, report per article. */
async function writeGroup(tx: Tx, graph: Graph, group: Prepared[]): Promise<IngestSummary[]> {
  const stored = new Map(
    (await tx.rows<{ id: string; contentHash: string | null }>(graph.cypher.get('write/article-hashes'), { articleIds: group.map((p) => p.file.article.id) })).map((r) => [r.id, r.contentHash]),
  );
  const toWrite = group.filter((p) => stored.get(p.file.article.id) !== p.contentHash);
  const { batch, handleOf } = toBatch(toWrite);
  const result = toWrite.length
    ? await writeBatch(tx, graph.cypher, batch, {
        replacing: toWrite.filter((p) => stored.has(p.file.article.id)).map((p) => p.file.article.id),
        check: (resolved) => {
          for (const p of toWrite) {
            const issues = resolutionIssues(p, resolved, handleOf);
            if (issues.length) throw invalidFactFile(p.source, issues);
          }
        },
      })
    : undefined;
  if (result) {
    // Subscriptions follow this change log; written last, in the same transaction (src/graph/recordChange.ts).
    await recordChange(tx, graph.cypher, {
      kind: 'INGEST',
      articleIds: toWrite.map((p) => p.file.article.id),
      reportedFactIds: result.factIds,
      removedFactIds: [],
      ...(toWrite.length === 1 ? { title: toWrite[0]!.file.article.title } : {}),
    });
  }
  const firstNamer = new Map<string, string>();
  return group.map((p) => {
    if (!toWrite.includes(p)) return unchangedSummary(p, false);
    const outcome = result!.articles.get(p.file.article.id)!;
    const ids = new Set<string>();
    let created = 0;
    for (const claim of p.resolution.claims) {
      const r = result!.resolved.get(handleOf(claim));
      if (!r || ids.has(r.id)) continue;
      ids.add(r.id);
      if (!firstNamer.has(r.id)) firstNamer.set(r.id, p.file.article.id);
      if (r.created && firstNamer.get(r.id) === p.file.article.id) created += 1;
    }
    return {
      articleId: p.file.article.id,
      entitiesCreated: created,
      entitiesMatched: ids.size - created,
      factsCreated: outcome.factsCreated,
      factsCorroborated: outcome.factsCorroborated,
      sourcesAdded: outcome.sourcesAdded,
      dryRun: false,
    };
  });
}

function unchangedSummary(p: Prepared, dryRun: boolean): IngestSummary {
  return { articleId: p.file.article.id, entitiesCreated: 0, entitiesMatched: p.resolution.claims.length, factsCreated: 0, factsCorroborated: 0, sourcesAdded: 0, unchanged: true, dryRun };
}

/**
 * The articles as one GraphBatch. Claims of the same entity across articles (same registry
 * id, same type and id, or a shared typed alias key) become one row, so the batch resolves
 * each entity once and the first article to name a new entity is the one that created it.
 */
function toBatch(items: Prepared[]): { batch: GraphBatch; handleOf: (claim: EntityClaim) => string } {
  const rows = new Map<string, EntityClaim>();
  const byKey = new Map<string, EntityClaim>();
  const rowOf = new Map<EntityClaim, EntityClaim>();
  for (const p of items) {
    for (const claim of p.resolution.claims) {
      const keys = claim.create ? [`${claim.type}|id|${claim.id}`, ...claim.keys] : [claim.handle];
      const row = keys.map((k) => byKey.get(k)).find((r) => r !== undefined);
      if (row) mergeClaim(row, claim);
      const target = row ?? { ...claim, handle: `h${rows.size}`, aliases: [...claim.aliases], aliasKeys: [...claim.aliasKeys], keys: [...claim.keys], lookupKeys: [...claim.lookupKeys] };
      if (!row) rows.set(target.handle, target);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, target);
      rowOf.set(claim, target);
    }
  }
  const handleOf = (claim: EntityClaim) => rowOf.get(claim)!.handle;
  const articles: BatchArticle[] = [];
  const facts: BatchFact[] = [];
  for (const p of items) {
    const { text: _text, ...a } = p.file.article;
    articles.push({
      id: a.id,
      title: a.title,
      url: a.url ?? null,
      publisher: a.publisher ?? null,
      author: a.author ?? null,
      publishedAt: a.publishedAt ?? null,
      language: a.language,
      contentHash: p.contentHash,
      origin: null,
      update: true,
      mentions: p.resolution.claims.map(handleOf),
    });
    for (const fact of p.file.facts) {
      facts.push({
        subject: handleOf(p.resolution.claimOf.get(fact.subject)!),
        relation: fact.relation,
        object: handleOf(p.resolution.claimOf.get(fact.object)!),
        properties: fact.properties,
        origin: null,
        reports: [{ articleId: a.id, properties: reportProperties(fact) }],
      });
    }
  }
  return { batch: { entities: [...rows.values()], articles, facts }, handleOf };
}

/** Type conflicts with the graph, dangling references and relation types the resolved entities do not allow. */
function resolutionIssues(p: Prepared, resolved: ReadonlyMap<string, ResolvedEntity>, handleOf: (claim: EntityClaim) => string = (c) => c.handle): SourceIssue[] {
  const issues: SourceIssue[] = [];
  for (const claim of p.resolution.claims) {
    const r = resolved.get(handleOf(claim));
    if (!r) issues.push({ path: claim.path, message: `dangling reference "${claim.ref}": not an entity of this file, of the entity registry or of the graph` });
    else if (claim.claimedType && r.type !== claim.claimedType) {
      issues.push({ path: claim.path, message: `entity "${claim.ref}" is a ${r.type} in the graph, but this file says ${claim.claimedType}` });
    }
  }
  if (issues.length) return issues;
  p.file.facts.forEach((fact, i) => {
    for (const role of ['subject', 'object'] as const) {
      const r = resolved.get(handleOf(p.resolution.claimOf.get(fact[role])!))!;
      const problem = relationTypeProblem(fact.relation, role, r.type as never, fact[role]);
      if (problem) issues.push({ path: ['facts', i, role], message: problem });
    }
  });
  return issues;
}

function reportProperties(fact: FactFile['facts'][number]): Record<string, unknown> {
  const report: Record<string, unknown> = {
    evidence: fact.evidence,
    start: fact.offsets?.[0],
    end: fact.offsets?.[1],
    date: fact.date,
    validFrom: fact.validFrom,
    validTo: fact.validTo,
    confidence: fact.confidence,
    status: fact.status,
    extractor: fact.extractor ? `${fact.extractor.name}@${fact.extractor.version}` : undefined,
    cameo: fact.cameo,
    goldstein: fact.goldstein,
    avgTone: fact.avgTone,
    numMentions: fact.numMentions,
  };
  return Object.fromEntries(Object.entries(report).filter(([, v]) => v !== undefined && v !== null));
}

function isBadInput(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'BAD_USER_INPUT';
}
