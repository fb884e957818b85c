import { DENIABLE_RELATIONS, ENDED_BY, ENDING_RELATIONS, ENDS_EITHER_WAY } from '../model/vocabulary.ts';
import type { CypherRegistry } from './cypherRegistry.ts';
import type { Tx } from './Graph.ts';

/** The vocabulary's ending and denial rules, as write/link-facts takes them. */
export const LINK_RULES = {
  endingOf: ENDING_RELATIONS,
  endedBy: ENDED_BY,
  endsEitherWay: ENDS_EITHER_WAY,
  deniable: DENIABLE_RELATIONS,
};

/**
 * After facts were written or lost sources: ending facts close what they end (ENDS), denials
 * answer what they deny (DENIES), and valid time, publisherCount and contested are recomputed
 * for these facts and the ones they link to (write/link-facts), in the caller's transaction.
 */
export async function linkFacts(tx: Tx, cypher: CypherRegistry, factIds: readonly string[]): Promise<void> {
  const ids = [...new Set(factIds)];
  if (ids.length) await tx.run(cypher.get('write/link-facts'), { factIds: ids, ...LINK_RULES });
}

/** Record time as stored: ISO 8601 UTC with milliseconds, so that record times compare as strings. */
export function recordTime(date: Date = new Date()): string {
  return date.toISOString();
}
