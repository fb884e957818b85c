import type { EntityType, FactStatus, OrganizationKind, RelationType } from '../../model/vocabulary.ts';

/** Why a GDELT row was not imported; every skipped row is counted under exactly one reason. */
export const SKIP_REASONS = [
  'truncated-line',
  'malformed-line',
  'wrong-column-count',
  'non-utf8',
  'bad-date',
  'missing-source-url',
  'unknown-code',
  'actor-missing',
  'actor-without-country',
  'unmapped-code',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An entity as the batch writer takes it (GDELT gives Countries and Organizations; the bench loader any type). */
export interface ImportEntity {
  id: string;
  type: EntityType;
  /** Real name when the row gives one; null keeps (or creates) the id as a placeholder name. */
  name: string | null;
  kind: OrganizationKind | null;
  aliases: string[];
}

/** One fact with its source: a row of the merge-facts statement. */
export interface ImportFact {
  factId: string;
  relation: RelationType;
  subjectId: string;
  objectId: string;
  articleId: string;
  evidence: string;
  date: string | null;
  confidence: number;
  status: FactStatus;
  cameo: string | null;
  goldstein: number | null;
  avgTone: number | null;
  numMentions: number | null;
  eventId: string | null;
}

/** The source article of an event (one per SOURCEURL). */
export interface ImportArticle {
  id: string;
  title: string;
  url: string;
  publisher: string | null;
  publishedAt: string | null;
}

/** Everything one GDELT row writes: the event fact plus PART_OF facts for role organisations. */
export interface GdeltEvent {
  line: number;
  article: ImportArticle;
  entities: ImportEntity[];
  facts: ImportFact[];
}
