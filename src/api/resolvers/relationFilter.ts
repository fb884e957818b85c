import { ENTITY_TYPES, FACT_STATUSES, RELATION_TYPES } from '../../model/vocabulary.ts';

/** Relation types to match: the given ones (already checked by the RelationType enum), or all when omitted. */
export function relationTypesOrAll(types: readonly string[] | null | undefined): string[] {
  return types ? [...types] : [...RELATION_TYPES];
}

/** Entity types to match: the given ones, or all when omitted. */
export function entityTypesOrAll(types: readonly string[] | null | undefined): string[] {
  return types ? [...types] : [...ENTITY_TYPES];
}

/** Fact statuses to match: the given ones, or all when omitted. */
export function statusesOrAll(statuses: readonly string[] | null | undefined): string[] {
  return statuses ? [...statuses] : [...FACT_STATUSES];
}
