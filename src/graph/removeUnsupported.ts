import type { Tx } from './Graph.ts';
import type { CypherRegistry } from './cypherRegistry.ts';
import { linkFacts } from './linkFacts.ts';

/**
 * After provenance was removed: takes facts no article reports any more out of the live graph
 * (traversal edge deleted; archived as ArchivedFact with retractedAt when a retracted report
 * remembers them, for knownAt queries), recomputes the aggregates, validity and denials of the
 * facts that stay and of those the removed ones ended or denied, and deletes entities left with
 * no fact and no mention (copied to an ArchivedEntity first when archived facts name them). Returns how many facts and entities went.
 */
export async function removeUnsupported(
  tx: Tx,
  cypher: CypherRegistry,
  factIds: readonly string[],
  entityIds: readonly string[],
  retractedAt: string,
): Promise<{ factsRemoved: number; entitiesRemoved: number }> {
  const facts = [...new Set(factIds)];
  const entities = [...new Set(entityIds)];
  let factsRemoved = 0;
  let entitiesRemoved = 0;
  if (facts.length) {
    const [deleted] = await tx.rows<{ deleted: number; linked: string[] }>(cypher.get('ingest/delete-unsupported-facts'), { factIds: facts, retractedAt });
    factsRemoved = deleted?.deleted ?? 0;
    await tx.run(cypher.get('ingest/refresh-facts'), { factIds: facts });
    await linkFacts(tx, cypher, [...facts, ...(deleted?.linked ?? [])]);
  }
  if (entities.length) {
    const [deleted] = await tx.rows<{ deleted: number }>(cypher.get('ingest/delete-orphan-entities'), { entityIds: entities, retractedAt });
    entitiesRemoved = deleted?.deleted ?? 0;
  }
  return { factsRemoved, entitiesRemoved };
}
