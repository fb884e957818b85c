import { createHash } from 'node:crypto';
import type { Graph, Tx } from '../graph/Graph.ts';
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
  const contentHash = createHash('sha256').update(JSON.stringify(file)).digest('hex').slice(0, 16);

  const work = async (tx: Tx): Promise<IngestSummary> => {
    const found = await tx.rows<GraphEntity>(graph.cypher.get('ingest/find-entities'), lookups);
    const resolution = resolveEntities(file, registry, found);
    const facts = factRows(file, resolution, where);
    const known = await tx.rows<{ id: string; reportedByArticle: boolean }>(graph.cypher.get('ingest/find-facts'), {
      articleId: file.article.id,
      factIds: facts.map((f) => f.id),
    });
    const knownById = new Map(known.map((k) => [k.id, k]));
    const summary: IngestSummary = {
      articleId: file.article.id,
      entitiesCreated: resolution.entities.size - resolution.existing.size,
      entitiesMatched: resolution.existing.size,
      factsCreated: facts.filter((f) => !knownById.has(f.id)).length,
      factsCorroborated: facts.filter((f) => knownById.has(f.id) && !knownById.get(f.id)!.reportedByArticle).length,
      sourcesAdded: facts.filter((f) => !knownById.get(f.id)?.reportedByArticle).length,
      dryRun: options.dryRun === true,
    };
    if (options.dryRun) return summary;

    const entityIds = [...resolution.entities.keys()].sort();
    const factIds = facts.map((f) => f.id);
    const [stale] = await tx.rows<{ factIds: string[]; entityIds: string[] }>(graph.cypher.get('ingest/prune-article'), {
      articleId: file.article.id,
      factIds,
      entityIds,
    });
    const entityRows = [...resolution.entities.values()].sort((a, b) => a.id.localeCompare(b.id));
    assertVocabulary(entityRows.map((e) => e.type), isEntityType);
    await tx.run(graph.cypher.get('ingest/merge-entities'), { entities: entityRows });
    const { text: _text, ...article } = file.article;
    await tx.run(graph.cypher.get('ingest/merge-article'), {
      article: { url: null, publisher: null, author: null, publishedAt: null, ...article, contentHash },
      mentions: entityIds,
    });
    assertVocabulary(facts.map((f) => f.relation), isRelationType);
    if (facts.length) await tx.run(graph.cypher.get('ingest/merge-facts'), { articleId: file.article.id, facts });
    if (facts.length) await tx.run(graph.cypher.get('ingest/refresh-facts'), { factIds });
    if (stale && (stale.factIds.length || stale.entityIds.length)) await removeUnsupported(tx, graph.cypher, stale.factIds, stale.entityIds);
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
