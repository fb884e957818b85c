import { InvalidInputError } from '../../errors/AppError.ts';
import { isPartialDate } from '../../model/vocabulary.ts';
import type { StatementBuilder, TimeArgs } from './StatementBuilder.ts';

// Valid time (asOf) and record time (knownAt) as Cypher conditions (schema.graphql documents
// the rules). Both compare strings cut to the length of the argument, so a partial date stands
// for the end of the period it names. Absent arguments add nothing to a statement.

export type { TimeArgs };

/** knownAt as stored record times compare: a partial date as given, a date-time as ISO UTC with milliseconds. */
export function normalizeKnownAt(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (isPartialDate(value)) return value;
  const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) {
    throw new InvalidInputError(`knownAt must be an ISO date-time with a time zone ("2025-11-12T10:00:00Z") or a partial date ("2025-11"), got ${JSON.stringify(value)}`, { argument: 'knownAt' });
  }
  return new Date(t).toISOString();
}

/** The time arguments of one field, knownAt normalised; null when neither is given. */
export function timeOf(args: Record<string, any>, inherited?: TimeArgs | null): TimeArgs | null {
  const asOf = args.asOf ?? inherited?.asOf ?? null;
  const knownAt = args.knownAt !== undefined && args.knownAt !== null ? normalizeKnownAt(args.knownAt) : (inherited?.knownAt ?? null);
  return asOf || knownAt ? { asOf, knownAt } : null;
}

/** Valid at asOf: validFrom (cut to asOf's length) <= asOf, and no validTo or validTo (cut) > asOf. Null validFrom is never valid. */
export function asOfCondition(b: StatementBuilder, x: string, asOf: string): string {
  const p = b.shared('asOf', asOf);
  return `(left(${x}.validFrom, size(${p})) <= ${p} AND (${x}.validTo IS NULL OR left(${x}.validTo, size(${p})) > ${p}))`;
}

/** Recorded by knownAt, on a traversal edge (live facts only: recordedAt of the fact). */
export function knownAtEdgeCondition(b: StatementBuilder, r: string, knownAt: string): string {
  const p = b.shared('knownAt', knownAt);
  return `left(${r}.recordedAt, size(${p})) <= ${p}`;
}

/** A report (REPORTS or RETRACTED_REPORT) known at knownAt: recorded by then and not retracted by then. */
export function knownReport(p: string, r: string): string {
  return `left(${r}.recordedAt, size(${p})) <= ${p} AND (${r}.retractedAt IS NULL OR left(${r}.retractedAt, size(${p})) > ${p})`;
}

/** A Fact or ArchivedFact known at knownAt: some report of it was known then. */
export function knownAtFactCondition(b: StatementBuilder, f: string, knownAt: string): string {
  const p = b.shared('knownAt', knownAt);
  const x = b.variable('x');
  return `EXISTS { MATCH (:Article|RetractedArticle)-[${x}:REPORTS|RETRACTED_REPORT]->(${f}) WHERE ${knownReport(p, x)} }`;
}

/** Conditions on a Fact node (or ArchivedFact under knownAt) for the time arguments. */
export function factTimeConditions(b: StatementBuilder, f: string, time: TimeArgs | null): string[] {
  if (!time) return [];
  return [...(time.asOf ? [asOfCondition(b, f, time.asOf)] : []), ...(time.knownAt ? [knownAtFactCondition(b, f, time.knownAt)] : [])];
}

/** Conditions on a traversal edge for the time arguments. */
export function edgeTimeConditions(b: StatementBuilder, r: string, time: TimeArgs | null): string[] {
  if (!time) return [];
  return [...(time.asOf ? [asOfCondition(b, r, time.asOf)] : []), ...(time.knownAt ? [knownAtEdgeCondition(b, r, time.knownAt)] : [])];
}

/** The fact label and role edges to match: live facts, or under knownAt also archived ones. */
export function factPattern(time: TimeArgs | null): { label: string; subject: string; object: string; both: string } {
  return time?.knownAt
    ? { label: 'Fact|ArchivedFact', subject: 'SUBJECT|ARCHIVED_SUBJECT', object: 'OBJECT|ARCHIVED_OBJECT', both: 'SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT' }
    : { label: 'Fact', subject: 'SUBJECT', object: 'OBJECT', both: 'SUBJECT|OBJECT' };
}
