import { InvalidInputError } from '../../errors/AppError.ts';
import { isPartialDate } from '../../model/vocabulary.ts';
import type { StatementBuilder, TimeArgs } from './StatementBuilder.ts';

// Valid time (asOf) and record time (knownAt) as Cypher conditions and projections
// (schema.graphql documents the rules). Both compare strings cut to the length of the
// argument, so a partial date stands for the end of the period it names. Absent arguments add
// nothing to a statement.

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

/**
 * Valid at asOf, on the stored validity intervals of a fact or its traversal edge (parallel
 * lists validFroms / validTos, '' = open; write/link-facts): some interval started by asOf
 * (cut to asOf's length, <=) and not ended by then (cut, >). Undated facts have none. The
 * envelope [validFrom, validTo) is checked first: it is necessary, and enough for the usual
 * single interval, so only facts with gaps read the lists.
 */
export function asOfCondition(b: StatementBuilder, x: string, asOf: string): string {
  const p = b.shared('asOf', asOf);
  const envelope = `left(${x}.validFrom, size(${p})) <= ${p} AND (${x}.validTo IS NULL OR left(${x}.validTo, size(${p})) > ${p})`;
  const intervals = `any(iv IN range(0, size(${x}.validFroms) - 1) WHERE left(${x}.validFroms[iv], size(${p})) <= ${p} AND (${x}.validTos[iv] = '' OR left(${x}.validTos[iv], size(${p})) > ${p}))`;
  return `(${envelope} AND (size(${x}.validFroms) < 2 OR ${intervals}))`;
}

/** Valid at asOf, on an interval list expression ([from, to] pairs, to null = open). */
export function validAt(b: StatementBuilder, intervals: string, asOf: string): string {
  const p = b.shared('asOf', asOf);
  return `any(i IN ${intervals} WHERE left(i[0], size(${p})) <= ${p} AND (i[1] IS NULL OR left(i[1], size(${p})) > ${p}))`;
}

/**
 * Known at knownAt, on a Fact or ArchivedFact node (or a live traversal edge, which carries
 * its fact's recordedAt): recorded by then and not retracted by then. A fact node is known
 * exactly while one of its reports is (it is written with its first report and archived when
 * the retraction of its last one removes it; a fact reported again later is a new node).
 */
export function knownAtCondition(b: StatementBuilder, f: string, knownAt: string): string {
  const p = b.shared('knownAt', knownAt);
  return `left(${f}.recordedAt, size(${p})) <= ${p} AND (${f}.retractedAt IS NULL OR left(${f}.retractedAt, size(${p})) > ${p})`;
}

/** A report (REPORTS or RETRACTED_REPORT) known at knownAt ($p): recorded by then and not retracted by then. */
export function knownReport(p: string, r: string): string {
  return `left(${r}.recordedAt, size(${p})) <= ${p} AND (${r}.retractedAt IS NULL OR left(${r}.retractedAt, size(${p})) > ${p})`;
}

/**
 * The validity intervals of `f` as recorded at knownAt, as an expression: [from, to] pairs
 * (to null = open) computed as write/link-facts computes the stored ones, from the reports and
 * the ending facts' reports known then (an ending recorded later does not close it yet).
 */
export function knownIntervals(b: StatementBuilder, f: string, knownAt: string): string {
  const p = b.shared('knownAt', knownAt);
  const [x, y, s] = [b.variable('x'), b.variable('y'), b.variable('start')];
  const reports = (r: string, target: string) => `MATCH (:Article|RetractedArticle)-[${r}:REPORTS|RETRACTED_REPORT]->${target} WHERE ${knownReport(p, r)}`;
  const starts = `COLLECT { ${reports(x, `(${f})`)} WITH DISTINCT coalesce(${x}.validFrom, ${x}.date) AS ${s} WHERE ${s} IS NOT NULL RETURN ${s} ORDER BY ${s} }`;
  // ends need no order: the sweep takes the least one not before each start
  const ends = `COLLECT { ${reports(x, `(${f})`)} AND ${x}.validTo IS NOT NULL RETURN ${x}.validTo } + COLLECT { ${reports(y, `(:Fact|ArchivedFact)-[:ENDS]->(${f})`)} RETURN coalesce(${y}.validFrom, ${y}.date) }`;
  const firstEnd = `reduce(m = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (m IS NULL OR e < m) THEN e ELSE m END)`;
  const sweep = `reduce(acc = [], s IN ${starts} | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1]) THEN acc + [[s, ${firstEnd}]] ELSE acc END)`;
  return `[ends IN [${ends}] | ${sweep}][0]`;
}

/** The stored validity intervals of a fact or edge `x` as [from, to] pairs (to null = open). */
export function storedIntervals(x: string): string {
  return `[iv IN range(0, size(coalesce(${x}.validFroms, [])) - 1) | [${x}.validFroms[iv], CASE ${x}.validTos[iv] WHEN '' THEN null ELSE ${x}.validTos[iv] END]]`;
}

/**
 * validFrom / validTo / the intervals as seen at asOf from an interval list expression: the
 * intervals started by asOf, the last one open when it ends after asOf (a fact valid then is
 * shown open: its ending had not happened yet); without asOf, all of them.
 */
export function validityAt(b: StatementBuilder, intervals: string, asOf: string | null | undefined): { validFrom: string; validTo: string; intervals: string } {
  if (!asOf) return { validFrom: `${intervals}[0][0]`, validTo: `${intervals}[-1][1]`, intervals };
  const p = b.shared('asOf', asOf);
  const seen = `[i IN ${intervals} WHERE left(i[0], size(${p})) <= ${p} | [i[0], CASE WHEN i[1] IS NULL OR left(i[1], size(${p})) > ${p} THEN null ELSE i[1] END]]`;
  return { validFrom: `${seen}[-1][0]`, validTo: `${seen}[-1][1]`, intervals: seen };
}

/** Conditions on a Fact node (or ArchivedFact under knownAt) for the time arguments; under knownAt, asOf reads the intervals known then. */
export function factTimeConditions(b: StatementBuilder, f: string, time: TimeArgs | null): string[] {
  if (!time) return [];
  if (!time.knownAt) return time.asOf ? [asOfCondition(b, f, time.asOf)] : [];
  return [knownAtCondition(b, f, time.knownAt), ...(time.asOf ? [validAt(b, knownIntervals(b, f, time.knownAt), time.asOf)] : [])];
}

/**
 * Under knownAt with asOf, the validity check on a fact node as a clause binding the intervals
 * known then to a variable (`WITH *, <intervals> AS v WHERE <valid at asOf>`), so that a
 * projection of the same fact reads them instead of computing them again; null otherwise.
 */
export function knownValidityClause(b: StatementBuilder, f: string, time: TimeArgs | null): { clause: string; intervals: string } | null {
  if (!time?.knownAt || !time.asOf) return null;
  const v = b.variable('validity');
  return { clause: `WITH *, ${knownIntervals(b, f, time.knownAt)} AS ${v} WHERE ${validAt(b, v, time.asOf)}`, intervals: v };
}

/** Conditions on a live traversal edge for asOf (under knownAt traversals step through fact nodes: factTimeConditions). */
export function edgeTimeConditions(b: StatementBuilder, r: string, time: TimeArgs | null): string[] {
  return time?.asOf ? [asOfCondition(b, r, time.asOf)] : [];
}

/** The fact label and role edges to match: live facts, or under knownAt also archived ones. */
export function factPattern(time: TimeArgs | null): { label: string; subject: string; object: string; both: string } {
  return time?.knownAt
    ? { label: 'Fact|ArchivedFact', subject: 'SUBJECT|ARCHIVED_SUBJECT', object: 'OBJECT|ARCHIVED_OBJECT', both: 'SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT' }
    : { label: 'Fact', subject: 'SUBJECT', object: 'OBJECT', both: 'SUBJECT|OBJECT' };
}
