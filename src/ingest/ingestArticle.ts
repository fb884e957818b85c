import { createHash } from 'node:crypto';
import type { Graph, Tx } from '../graph/Graph.ts';
import { recordChange } from '../graph/recordChange.ts';
import { defaultEntityRegistry, type EntityRegistry } from '../model/entityRegistry.ts';
import { isEntityType, isRelationType } from '../model/vocabulary.ts';
import { checkFactFile, relationTypeProblem } from './checkFactFile.ts';
import { factFileSchema, type FactFile, type FactFileInput } from './factFileSchema.ts';
import { invalidFactFile, type SourceIssue } from './invalidFactFile.ts';
import { removeUnsupported } from './removeUnsupported.ts';
import { resolutionLookups, resolveEntities, type GraphEntity } from './resolveEntities.ts';

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
  dryRun: boolean;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Entity registry to resolve against; the project's seeds/entities.yaml by default. */
  registry?: EntityRegistry;
  /** Name for error messages (the fact file path); defaults to `article <id>`. */
  source?: string;
}

/** Ingest transactions may be large (and the first run plans every statement): the API's read timeout is too short. */
export const INGEST_TIMEOUT_MS = 120_000;

interface FactRow {
  id: string;
  relation: string;
  subjectId: string;
  objectId: string;
  properties: Record<string, unknown>;
  report: Record<string, unknown>;
}

/**
 * Loads one article's facts in one write transaction: entities resolved and merged, the
 * article and its mentions, facts with their provenance, one traversal edge per fact.
 * Idempotent (MERGE on constrained ids; re-ingesting the same file changes nothing); a
 * changed file replaces the article's earlier contribution. Invalid input writes nothing.
 */
export async function ingestArticle(graph: Graph, factFile: FactFile | FactFileInput, options: IngestOptions = {}): Promise<IngestSummary> {
  const parsed = factFileSchema.safeParse(factFile);
  const where = options.source ?? `article ${(factFile as { article?: { id?: string } })?.article?.id ?? '(no id)'}`;
  if (!parsed.success) throw invalidFactFile(where, parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  const file = parsed.data;
  const shapeIssues = checkFactFile(file);
  if (shapeIssues.length) throw invalidFactFile(where, shapeIssues);
  const registry = options.registry ?? defaultEntityRegistry();
  const lookups = resolutionLookups(file, registry);
  const { text: _text, ...article } = file.article;

  const work = async (tx: Tx): Promise<IngestSummary> => {
    const [found] = await tx.rows<{ articleHash: string | null; entities: GraphEntity[] }>(graph.cypher.get('ingest/find-entities'), {
      articleId: file.article.id,
      ...lookups,
    });
    const resolution = resolveEntities(file, registry, found?.entities ?? []);
    const facts = factRows(file, resolution, where);
    const entityRows = [...resolution.entities.values()].sort((a, b) => a.id.localeCompare(b.id));
    const entityIds = entityRows.map((e) => e.id);
    const factIds = facts.map((f) => f.id);
    // Same file resolved to the same entities as when it was stored: nothing to write.
    const idOf = [...resolution.idOf].sort(([a], [b]) => a.localeCompare(b));
    const contentHash = createHash('sha256').update(JSON.stringify({ file, idOf })).digest('hex').slice(0, 16);
    const summary: IngestSummary = {
      articleId: file.article.id,
      entitiesCreated: resolution.entities.size - resolution.existing.size,
      entitiesMatched: resolution.existing.size,
      factsCreated: 0,
      factsCorroborated: 0,
      sourcesAdded: 0,
      dryRun: options.dryRun === true,
    };
    if (found?.articleHash === contentHash) return summary;
    if (options.dryRun) {
      const known = await tx.rows<{ id: string; reportedByArticle: boolean }>(graph.cypher.get('ingest/find-facts'), { articleId: file.article.id, factIds });
      const byId = new Map(known.map((k) => [k.id, k]));
      summary.factsCreated = facts.filter((f) => !byId.has(f.id)).length;
      summary.factsCorroborated = facts.filter((f) => byId.has(f.id) && !byId.get(f.id)!.reportedByArticle).length;
      summary.sourcesAdded = facts.filter((f) => !byId.get(f.id)?.reportedByArticle).length;
      return summary;
    }

    // A changed version of a known article: first drop what the new version no longer has.
    const stale = found?.articleHash
      ? (await tx.rows<{ factIds: string[]; entityIds: string[] }>(graph.cypher.get('ingest/prune-article'), { articleId: file.article.id, factIds, entityIds }))[0]
      : undefined;
    assertVocabulary(entityRows.map((e) => e.type), isEntityType);
    assertVocabulary(facts.map((f) => f.relation), isRelationType);
    const [written] = await tx.rows<Pick<IngestSummary, 'factsCreated' | 'factsCorroborated' | 'sourcesAdded'>>(graph.cypher.get('ingest/write-article'), {
      entities: entityRows,
      article: { url: null, publisher: null, author: null, publishedAt: null, ...article, contentHash },
      mentions: entityIds,
      facts,
    });
    Object.assign(summary, written);
    if (stale && (stale.factIds.length || stale.entityIds.length)) await removeUnsupported(tx, graph.cypher, stale.factIds, stale.entityIds);
    await recordChange(tx, graph.cypher, { kind: 'INGEST', articleIds: [file.article.id], reportedFactIds: factIds, removedFactIds: stale?.factIds ?? [], title: file.article.title });
    return summary;
  };
  return options.dryRun ? graph.read(work, { timeoutMs: INGEST_TIMEOUT_MS }) : graph.write(work, { timeoutMs: INGEST_TIMEOUT_MS });
}

/** Facts with canonical ids, checked against the relation's allowed types; one row per triple. */
function factRows(file: FactFile, resolution: ReturnType<typeof resolveEntities>, where: string): FactRow[] {
  const issues: SourceIssue[] = [...resolution.issues];
  const rows = new Map<string, FactRow>();
  file.facts.forEach((fact, i) => {
    const subjectId = resolution.idOf.get(fact.subject);
    const objectId = resolution.idOf.get(fact.object);
    if (!subjectId || !objectId) return; // already reported as dangling
    for (const [role, id, ref] of [['subject', subjectId, fact.subject], ['object', objectId, fact.object]] as const) {
      const problem = relationTypeProblem(fact.relation, role, resolution.entities.get(id)!.type, ref);
      if (problem) issues.push({ path: ['facts', i, role], message: problem });
    }
    const id = `${subjectId}|${fact.relation}|${objectId}`;
    if (rows.has(id)) return; // the same triple twice in one article: one fact, first quote kept
    rows.set(id, {
      id,
      relation: fact.relation,
      subjectId,
      objectId,
      properties: fact.properties,
      report: withoutNulls({
        evidence: fact.evidence,
        start: fact.offsets?.[0],
        end: fact.offsets?.[1],
        date: fact.date,
        confidence: fact.confidence,
        status: fact.status,
        extractor: fact.extractor ? `${fact.extractor.name}@${fact.extractor.version}` : undefined,
        cameo: fact.cameo,
        goldstein: fact.goldstein,
        avgTone: fact.avgTone,
        numMentions: fact.numMentions,
      }),
    });
  });
  if (issues.length) throw invalidFactFile(where, issues);
  return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Labels and relationship types become Cypher names (dynamic `$(...)`): only vocabulary names may. */
function assertVocabulary(names: readonly string[], allowed: (name: string) => boolean): void {
  const bad = names.find((n) => !allowed(n));
  if (bad !== undefined) throw new Error(`refusing to use "${bad}" as a label or relationship type: not in the vocabulary`);
}

function withoutNulls(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined && v !== null));
}
