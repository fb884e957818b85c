import type { Graph } from '../graph/Graph.ts';
import { NotFoundError } from '../errors/AppError.ts';
import { recordTime } from '../graph/linkFacts.ts';
import { recordChange } from '../graph/recordChange.ts';
import { removeUnsupported } from '../graph/removeUnsupported.ts';
import { INGEST_TIMEOUT_MS } from './ingestArticle.ts';

/** What retracting one article removed. */
export interface RetractSummary {
  articleId: string;
  /** REPORTS links (this article's provenance) removed. */
  sourcesRemoved: number;
  /** Facts deleted because no other article supports them. */
  factsRemoved: number;
  /** Facts this article reported that stay, supported by other articles. */
  factsKept: number;
  /** Entities deleted because they were left with no fact and no mention. */
  entitiesRemoved: number;
}

/**
 * Removes one article's contribution in one transaction: its provenance, the facts only it
 * supported, and the entities left with no fact and no mention. What it removes is archived,
 * not forgotten: a (:RetractedArticle {retractedAt}) copy of the article with a RETRACTED_REPORT
 * edge per report, and the facts only it supported as ArchivedFact (knownAt queries read them). Throws NotFoundError for an
 * unknown article id.
 */
export async function retractArticle(graph: Graph, articleId: string): Promise<RetractSummary> {
  return graph.write(async (tx) => {
    const retractedAt = recordTime();
    const [touched] = await tx.rows<{ factIds: string[]; entityIds: string[] }>(graph.cypher.get('ingest/detach-article'), { articleId, retractedAt });
    if (!touched) throw new NotFoundError(`no article with id "${articleId}"`, { articleId });
    const removed = await removeUnsupported(tx, graph.cypher, touched.factIds, touched.entityIds, retractedAt);
    await recordChange(tx, graph.cypher, { kind: 'RETRACT', articleIds: [articleId], reportedFactIds: [], removedFactIds: touched.factIds });
    return {
      articleId,
      sourcesRemoved: touched.factIds.length,
      factsRemoved: removed.factsRemoved,
      factsKept: touched.factIds.length - removed.factsRemoved,
      entitiesRemoved: removed.entitiesRemoved,
    };
  }, { timeoutMs: INGEST_TIMEOUT_MS });
}
