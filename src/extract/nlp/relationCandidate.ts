/** The shape of a relation found in a sentence, and the small helpers every relation finder shares. */
import type { FactStatus, RelationType } from '../../model/vocabulary.ts';
import type { ArticleMention } from './findArticleMentions.ts';

/** A relation found in one sentence, before type checks and de-duplication. */
export interface RelationCandidate {
  relation: RelationType;
  subject: ArticleMention;
  object: ArticleMention;
  /** Index of the sentence that states it. */
  sentence: number;
  confidence: number;
  status: FactStatus;
  properties?: Record<string, string>;
  /** Which rule found it (tests and debugging). */
  rule: string;
}

/** Entity types that act (subjects of events, owners of acts). */
export const ACTOR = new Set(['Person', 'Country', 'Organization']);

/** Every subject with every object, except an entity with itself. */
export function pairs(subjects: readonly ArticleMention[], objects: readonly ArticleMention[]): Array<[ArticleMention, ArticleMention]> {
  return subjects.flatMap((s) => objects.filter((o) => o.id !== s.id).map((o): [ArticleMention, ArticleMention] => [s, o]));
}

/** Mentions found by a pronoun or a description count a little less. */
export function weight(m: ArticleMention): number {
  return m.via === 'pronoun' || m.via === 'nominal' ? 0.9 : 1;
}
