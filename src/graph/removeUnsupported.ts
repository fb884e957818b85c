import type { Tx } from './Graph.ts';
import type { CypherRegistry } from './cypherRegistry.ts';

/**
 * After provenance was removed: deletes facts no article reports any more (with their
 * traversal edges), recomputes the aggregates of the facts that stay, and deletes entities
 * left with no fact and no mention. Returns how many facts and entities went.
 */
export async function removeUnsupported(
  tx: Tx,
  cypher: CypherRegistry,
  factIds: readonly string[],
  entityIds: readonly string[],
): Promise<{ factsRemoved: number; entitiesRemoved: number }> {
  const facts = [...new Set(factIds)];
  const entities = [...new Set(entityIds)];
  let factsRemoved = 0;
  let entitiesRemoved = 0;
  if (facts.length) {
    const [deleted] = await tx.rows<{ deleted: number }>(cypher.get('ingest/delete-unsupported-facts'), { factIds: facts });
    factsRemoved = deleted?.deleted ?? 0;
    await tx.run(cypher.get('ingest/refresh-facts'), { factIds: facts });
  }
  if (entities.length) {
    const [deleted] = await tx.rows<{ deleted: number }>(cypher.get('ingest/delete-orphan-entities'), { entityIds: entities });
    entitiesRemoved = deleted?.deleted ?? 0;
  }
  return { factsRemoved, entitiesRemoved };
}
