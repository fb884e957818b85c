import { checkLimit } from '../apiLimits.ts';
import { decodeCursor } from '../pagination.ts';
import { childFields, mergeFields, selects, type SelectedField } from './selectFields.ts';
import { indent, mapLiteral, relationshipTypes, type Shape, type StatementBuilder } from './StatementBuilder.ts';
import { factPattern, factTimeConditions, knownAtCondition, knownIntervals, knownReport, storedIntervals, timeOf, validityAt, type TimeArgs } from './timeFilters.ts';

/**
 * Projections for the object types of the schema: object fields keyed by GraphQL response key
 * (so aliases of one field with different arguments each get their own expression), scalar
 * fields once under their name (SelectedField.key, selectFields.ts). A projection is a
 * map expression plus the clauses that must run before it: `MATCH` for a fact's subject and
 * object, `CALL (x) { ... RETURN collect(...) }` for nested lists. Clauses rather than
 * COLLECT {} expressions, because any subquery expression stops Neo4j 5 from reading sort
 * keys out of the index (facts newest first: twice the property reads). A root field is
 * answered by one statement, whatever its selection; resolvers read the keys back (keyedFields.ts).
 */
export interface Projection {
  /** Clauses to run after the variable is bound and before `expr` is evaluated. */
  clauses: string[];
  expr: string;
  /**
   * For a projection without clauses (plain values and nested flat maps): the same values as a
   * list by position, read back with `shape` (compile/tuples.ts). neo4j-driver decodes every
   * map key of every item as a string: a 10,000-edge subgraph as lists decodes in about 60% of
   * the time of the same edges as maps. Long lists use it (traversalStatements.ts).
   */
  tuple?: { values: string[]; shape: Shape };
}

/**
 * A map projection from (key, expression, tuple of a nested flat projection) entries, with its
 * tuple when it needs no clauses. A nested object (a fact's subject or object: never null) is
 * spliced into the tuple rather than sent as a list of its own: 26,000 fewer lists to encode
 * and decode in a 13,000-edge subgraph.
 */
function keyedProjection(entries: [string, string, Projection['tuple']?][], clauses: string[]): Projection {
  const expr = mapLiteral(entries.map(([k, v]) => [k, v]));
  if (clauses.length) return { clauses, expr };
  return { clauses, expr, tuple: { values: entries.flatMap(([, v, t]) => t?.values ?? [v]), shape: entries.map(([k, , t]) => (t ? [k, t.shape] : k)) } };
}

/** Order of fact lists: newest first by the stored sortable date (undated = '' last), then id. */
export const FACT_ORDER = (f: string) => `${f}.sortDate DESC, ${f}.id`;

/** Clauses then `RETURN collect(expr) AS name`, as the body of a CALL subquery. */
function collectBody(head: string[], p: Projection, name: string): string {
  return [...head, ...p.clauses, `RETURN collect(${p.expr}) AS ${name}`].join('\n');
}

/** `CALL (imports) { body }` with the body indented. */
export function call(imports: string, body: string): string {
  return `CALL (${imports}) {\n  ${indent(body)}\n}`;
}

/** Scalar entity fields as expressions over the entity variable (`archived`: it may be an ArchivedEntity, a party of an archived fact). */
function entityScalar(v: string, name: string, archived = false): string | undefined {
  switch (name) {
    case 'id':
    case 'name':
    case 'kind':
    case 'description':
      return `${v}.${name}`;
    case 'aliases':
      return `coalesce(${v}.aliases, [])`;
    case 'type':
      return archived ? `coalesce(${v}.archivedType, [l IN labels(${v}) WHERE l <> 'Entity'][0])` : `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;
    case 'degree':
      // Facts point at their entities with SUBJECT / OBJECT only: the node's degree, no expansion.
      return `COUNT { (${v})<-[:SUBJECT|OBJECT]-() }`;
    default:
      return undefined;
  }
}

/** True when the selection reads only the entity's own properties and degree (no clauses needed). */
export function isFlat(fields: SelectedField[]): boolean {
  return fields.every((f) => f.fields.length === 0);
}

/** An Entity projection of the node bound to `v` (`archived`: an Entity or, under knownAt, an ArchivedEntity). */
export function entityProjection(b: StatementBuilder, v: string, fields: SelectedField[], archived = false): Projection {
  const clauses: string[] = [];
  const entries = fields.map((field): [string, string] => {
    const scalar = entityScalar(v, field.name, archived);
    if (scalar) return [field.key, scalar];
    const name = b.variable(field.key);
    const f = b.variable('f');
    switch (field.name) {
      case 'offices': {
        const head = [`MATCH (${v})<-[:SUBJECT]-(${f}:Fact {relation: 'HOLDS_OFFICE'})`, `WITH ${f} ORDER BY ${FACT_ORDER(f)} LIMIT 100`];
        clauses.push(call(v, collectBody(head, factProjection(b, f, field.fields), name)));
        return [field.key, name];
      }
      case 'timeline': {
        const time = timeOf(field.args, b.time);
        const pattern = factPattern(time);
        const limit = b.int('timelineFirst', checkLimit('first', field.args.first, 'first', 0));
        const where = factTimeConditions(b, f, time);
        const head = [
          `MATCH (${v})<-[:${pattern.both}]-(${f}:${pattern.label})`,
          ...(where.length ? [`WHERE ${where.join(' AND ')}`] : []),
          `WITH DISTINCT ${f} ORDER BY ${f}.firstDate IS NULL, ${f}.firstDate, ${f}.lastDate, ${f}.id LIMIT ${limit}`,
        ];
        clauses.push(call(v, collectBody(head, factProjection(b, f, field.fields, time), name)));
        return [field.key, name];
      }
      case 'relations':
        return [field.key, relationsConnection(b, v, f, name, field, clauses)];
      default:
        throw new Error(`Entity.${field.name} has no projection`);
    }
  });
  return keyedProjection(entries, clauses);
}

/** Date filter on a fact (or its edge): the [first, last] span overlaps [from, to] at the coarser precision. */
export function dateConditions(b: StatementBuilder, first: string, last: string, from: string | null | undefined, to: string | null | undefined): string[] {
  const out: string[] = [];
  // last >= from at the coarser precision <=> last >= from, or last is a shorter prefix of from ("2020" for "2020-05").
  if (from) {
    const prefixes = partialPrefixes(from);
    const p = b.param('from', from);
    out.push(prefixes.length ? `(${last} >= ${p} OR ${last} IN ${b.param('fromPrefixes', prefixes)})` : `${last} >= ${p}`);
  }
  // first <= to at the coarser precision <=> first <= to, or first is a longer date inside to ("2020-05-03" for "2020-05").
  if (to) {
    const p = b.param('to', to);
    out.push(`(${first} <= ${p} OR ${first} STARTS WITH ${p})`);
  }
  return out;
}

/** The coarser partial dates a date starts with: "2020-05-03" -> ["2020", "2020-05"]. */
export function partialPrefixes(date: string): string[] {
  return [4, 7].filter((n) => date.length > n).map((n) => date.slice(0, n));
}

/** Entity.relations as a connection object {__nodes, __total, __offset} (the FactConnection resolvers finish it). */
function relationsConnection(b: StatementBuilder, v: string, f: string, name: string, field: SelectedField, clauses: string[]): string {
  const { types, direction, from, to, first, after } = field.args;
  const limit = checkLimit('first', first, 'first', 0);
  const skip = decodeCursor(after);
  const time = timeOf(field.args, b.time);
  const pattern = factPattern(time);
  const role = direction === 'OUTGOING' ? pattern.subject : direction === 'INCOMING' ? pattern.object : pattern.both;
  const where = [
    ...(types ? [`${f}.relation IN ${b.param('types', [...types])}`] : []),
    ...dateConditions(b, `${f}.firstDate`, `${f}.sortDate`, from, to),
    ...factTimeConditions(b, f, time),
  ];
  const match = [`MATCH (${v})<-[:${role}]-(${f}:${pattern.label})`, ...(where.length ? [`WHERE ${where.join(' AND ')}`] : [])];
  const distinct = role.includes('|') ? 'DISTINCT ' : '';
  const entries: [string, string][] = [];
  if (needsNodes(field.fields)) {
    const page = `${skip ? `SKIP ${b.int('skip', skip)} ` : ''}LIMIT ${b.int('first', limit)}`;
    const head = [...match, `WITH ${distinct}${f} ORDER BY ${FACT_ORDER(f)} ${page}`];
    clauses.push(call(v, collectBody(head, factProjection(b, f, connectionNodes(field.fields), time), name)));
    entries.push(['__nodes', name]);
  }
  if (needsTotal(field.fields)) {
    const total = b.variable(`${field.key}Total`);
    clauses.push(call(v, [...match, `RETURN count(${distinct}${f}) AS ${total}`].join('\n')));
    entries.push(['__total', total]);
  }
  entries.push(['__offset', String(skip)]);
  return mapLiteral(entries);
}

/** The node fields of a connection selection: `nodes` and `edges { node }` merged. */
export function connectionNodes(fields: SelectedField[]): SelectedField[] {
  return mergeFields([...childFields(fields, 'nodes'), ...childFields(childFields(fields, 'edges'), 'node')]);
}

/** A connection needs its page when nodes, edges or the end cursor are selected. */
export function needsNodes(fields: SelectedField[]): boolean {
  return selects(fields, 'nodes') || selects(fields, 'edges') || selects(fields, 'pageInfo');
}

/** A connection needs the count when totalCount or pageInfo (hasNextPage) is selected. */
export function needsTotal(fields: SelectedField[]): boolean {
  return selects(fields, 'totalCount') || selects(fields, 'pageInfo');
}

/** Scalar fact fields, read from the Fact node or from its traversal edge (which carries the same properties). */
function factScalar(x: string, name: string, onEdge: boolean): string | undefined {
  switch (name) {
    case 'id':
      return onEdge ? `${x}.factId` : `${x}.id`;
    case 'relation':
      return onEdge ? `type(${x})` : `${x}.relation`;
    case 'firstDate':
    case 'lastDate':
    case 'status':
    case 'confidence':
    case 'validFrom':
    case 'validTo':
    case 'recordedAt':
    case 'retractedAt':
      return `${x}.${name}`;
    case 'sourceCount':
      return `coalesce(${x}.sourceCount, 0)`;
    case 'publisherCount':
      return `coalesce(${x}.publisherCount, 0)`;
    case 'contested':
      return `coalesce(${x}.contested, false)`;
    case 'properties':
      return `properties(${x})`;
    default:
      return undefined;
  }
}

/**
 * A Fact projection of the Fact node bound to `f`. Under knownAt (`time` given) it may be an
 * ArchivedFact, whose parties hang off ARCHIVED_SUBJECT / ARCHIVED_OBJECT, and what derives
 * from sources is as recorded then: sources, sourceCount, publisherCount, contested, denials,
 * endedBy and the validity (an ending or a denial recorded later does not count yet). Under
 * asOf the validity is as of then (validityAt) and endedBy lists the endings started by then.
 * `knownIntervalsVar` names a variable already bound to the intervals known then.
 */
export function factProjection(b: StatementBuilder, f: string, fields: SelectedField[], time: TimeArgs | null = b.time, knownIntervalsVar: string | null = null): Projection {
  const clauses: string[] = [];
  const pattern = factPattern(time);
  // a variable already bound to the intervals known then (knownValidityClause), if any
  let intervals: string | null = knownIntervalsVar;
  const validity = () => {
    if (!intervals) {
      // the intervals known then are computed once per fact, whichever validity fields ask
      if (time?.knownAt) clauses.push(`WITH *, ${knownIntervals(b, f, time.knownAt)} AS ${(intervals = b.variable('validity'))}`);
      else intervals = storedIntervals(f);
    }
    return validityAt(b, intervals, time?.asOf);
  };
  const entries = fields.map((field): [string, string] => {
    if (field.name === 'validity') return [field.key, intervalList(validity().intervals, field.fields)];
    if (time && (field.name === 'validFrom' || field.name === 'validTo')) return [field.key, validity()[field.name]];
    if (time?.knownAt && DERIVED_FROM_SOURCES.has(field.name)) return [field.key, knownDerived(b, f, field.name, time.knownAt)];
    const scalar = factScalar(f, field.name, false);
    if (scalar) return [field.key, scalar];
    switch (field.name) {
      case 'subject':
      case 'object': {
        // Every fact has exactly one subject and one object.
        const e = b.variable(field.name === 'subject' ? 's' : 'o');
        const archived = Boolean(time?.knownAt);
        const p = entityProjection(b, e, field.fields, archived);
        clauses.push(`MATCH (${f})-[:${field.name === 'subject' ? pattern.subject : pattern.object}]->(${e}${archived ? ':Entity|ArchivedEntity' : ':Entity'})`, ...p.clauses);
        return [field.key, p.expr];
      }
      case 'sources':
        return [field.key, sourcesProjection(b, f, field.fields, clauses, time)];
      case 'endedBy': {
        const e = b.variable('e');
        const name = b.variable(field.key);
        const where = [
          ...(time?.knownAt ? [knownAtCondition(b, e, time.knownAt)] : []),
          ...(time?.asOf ? [`left(${e}.validFrom, size(${b.shared('asOf', time.asOf)})) <= ${b.shared('asOf', time.asOf)}`] : []),
        ];
        const head = [`MATCH (${e}:${pattern.label})-[:ENDS]->(${f})`, ...(where.length ? [`WHERE ${where.join(' AND ')}`] : []), `WITH ${e} ORDER BY ${e}.validFrom, ${e}.id`];
        clauses.push(call(f, collectBody(head, factProjection(b, e, field.fields, time), name)));
        return [field.key, name];
      }
      case 'denials':
        return [field.key, denialsProjection(b, f, field.fields, clauses, time)];
      default:
        throw new Error(`Fact.${field.name} has no projection`);
    }
  });
  return { clauses, expr: mapLiteral(entries) };
}

/** Fact.validity: the [from, to] pairs of an interval list expression as ValidityInterval maps. */
function intervalList(intervals: string, fields: SelectedField[]): string {
  return `[i IN ${intervals} | ${mapLiteral(fields.map((f): [string, string] => [f.key, f.name === 'validFrom' ? 'i[0]' : 'i[1]']))}]`;
}

/** Fact fields derived from its sources: under knownAt they are computed from the reports known then. */
const DERIVED_FROM_SOURCES = new Set(['sourceCount', 'publisherCount', 'contested']);

/** sourceCount, publisherCount or contested of `f` from the reports (and DENIED facts) known at knownAt. */
function knownDerived(b: StatementBuilder, f: string, name: string, knownAt: string): string {
  const p = b.shared('knownAt', knownAt);
  const a = b.variable('a');
  const x = b.variable('x');
  const reports = `MATCH (${a}:Article|RetractedArticle)-[${x}:REPORTS|RETRACTED_REPORT]->(${f}) WHERE ${knownReport(p, x)}`;
  if (name === 'sourceCount') return `COUNT { ${reports} }`;
  if (name === 'publisherCount') return `size(COLLECT { ${reports} RETURN DISTINCT coalesce(${a}.publisher, 'article:' + ${a}.id) AS publisher })`;
  const d = b.variable('d');
  return `(EXISTS { ${reports} AND ${x}.status = 'denied' } OR EXISTS { MATCH (${d}:Fact|ArchivedFact)-[:DENIES]->(${f}) WHERE ${knownAtCondition(b, d, knownAt)} })`;
}

/**
 * A Fact projection of a traversal edge bound to `r`: read from the edge itself unless sources
 * are selected. `ends` names variables already bound to its subject and object, if any.
 */
export function edgeFactProjection(b: StatementBuilder, r: string, fields: SelectedField[], ends?: { subject: string; object: string }): Projection {
  if (NODE_ONLY.some((name) => selects(fields, name))) {
    const f = b.variable('f');
    const p = factProjection(b, f, fields);
    return { clauses: [`MATCH (${f}:Fact {id: ${r}.factId})`, ...p.clauses], expr: p.expr };
  }
  const clauses: string[] = [];
  const entries = fields.map((field): [string, string, Projection['tuple']?] => {
    // the edge carries its fact's validity intervals; under asOf they are read as of then
    if (field.name === 'validity') return [field.key, intervalList(validityAt(b, storedIntervals(r), b.time?.asOf).intervals, field.fields)];
    if (b.time?.asOf && (field.name === 'validFrom' || field.name === 'validTo')) return [field.key, validityAt(b, storedIntervals(r), b.time.asOf)[field.name]];
    const scalar = factScalar(r, field.name, true);
    if (scalar) return [field.key, scalar];
    if (field.name !== 'subject' && field.name !== 'object') throw new Error(`Fact.${field.name} has no projection`);
    const end = ends ? ends[field.name] : `${field.name === 'subject' ? 'startNode' : 'endNode'}(${r})`;
    if (isFlat(field.fields)) {
      const flat = entityProjection(b, ends ? end : `(${end})`, field.fields);
      return [field.key, flat.expr, flat.tuple];
    }
    const e = b.variable(field.name === 'subject' ? 's' : 'o');
    const p = entityProjection(b, e, field.fields);
    clauses.push(`WITH *, ${end} AS ${e}`, ...p.clauses);
    return [field.key, p.expr];
  });
  return keyedProjection(entries, clauses);
}

/** Fact fields the traversal edge does not carry: asking for one reads the Fact node. */
const NODE_ONLY = ['sources', 'endedBy', 'denials', 'retractedAt'];

/** A Source projection of the report `r` (REPORTS or RETRACTED_REPORT) from the article `a`. */
function sourceProjection(b: StatementBuilder, a: string, r: string, fields: SelectedField[]): Projection {
  const clauses: string[] = [];
  const entries = fields.map((field): [string, string] => {
    if (field.name === 'validFrom') return [field.key, `coalesce(${r}.validFrom, ${r}.date)`];
    if (field.name !== 'article') return [field.key, `${r}.${field.name}`];
    const p = articleProjection(b, a, field.fields);
    clauses.push(...p.clauses);
    return [field.key, p.expr];
  });
  return { clauses, expr: mapLiteral(entries) };
}

/** Fact.sources: one entry per reporting article, oldest report first (under knownAt: the reports known then, retracted ones included). */
function sourcesProjection(b: StatementBuilder, f: string, fields: SelectedField[], clauses: string[], time: TimeArgs | null): string {
  const a = b.variable('a');
  const r = b.variable('r');
  const name = b.variable('sources');
  const match = time?.knownAt
    ? [`MATCH (${a}:Article|RetractedArticle)-[${r}:REPORTS|RETRACTED_REPORT]->(${f})`, `WHERE ${knownReport(b.shared('knownAt', time.knownAt), r)}`]
    : [`MATCH (${a}:Article)-[${r}:REPORTS]->(${f})`];
  const head = [...match, `WITH ${a}, ${r} ORDER BY coalesce(${r}.date, ${a}.publishedAt, ''), ${a}.id`];
  clauses.push(call(f, collectBody(head, sourceProjection(b, a, r, fields), name)));
  return name;
}

/**
 * Fact.denials: each source of each DENIED fact answering it ({fact, source}), then its own
 * sources with status denied ({fact: null, source}); under knownAt, the denials and sources known then.
 */
function denialsProjection(b: StatementBuilder, f: string, fields: SelectedField[], clauses: string[], time: TimeArgs | null): string {
  const d = b.variable('d');
  const a = b.variable('a');
  const r = b.variable('r');
  const byFact = b.variable('deniedBy');
  const bySource = b.variable('deniedIn');
  const factFields = childFields(fields, 'fact');
  const sourceFields = childFields(fields, 'source');
  const entry = (factExpr: string, source: Projection) => mapLiteral(fields.map((field): [string, string] => [field.key, field.name === 'fact' ? factExpr : source.expr]));
  const known = time?.knownAt ? b.shared('knownAt', time.knownAt) : null;
  // under knownAt: archived DENIED facts and retracted reports too, as long as they were known then
  const reports = (x: string, r: string, target: string) =>
    known ? `MATCH (${x}:Article|RetractedArticle)-[${r}:REPORTS|RETRACTED_REPORT]->(${target}) WHERE ${knownReport(known, r)}` : `MATCH (${x}:Article)-[${r}:REPORTS]->(${target})`;
  const denying = factProjection(b, d, factFields, known ? time : null);
  const source1 = sourceProjection(b, a, r, sourceFields);
  const head1 = [
    known ? `MATCH (${d}:Fact|ArchivedFact)-[:DENIES]->(${f}) WHERE ${knownAtCondition(b, d, time!.knownAt!)}` : `MATCH (${d}:Fact)-[:DENIES]->(${f})`,
    reports(a, r, d),
    `WITH ${d}, ${a}, ${r} ORDER BY ${d}.id, ${a}.id`,
  ];
  clauses.push(call(f, [...head1, ...denying.clauses, ...source1.clauses, `RETURN collect(${entry(denying.expr, source1)}) AS ${byFact}`].join('\n')));
  const a2 = b.variable('a');
  const r2 = b.variable('r');
  const source2 = sourceProjection(b, a2, r2, sourceFields);
  const head2 = known
    ? [`${reports(a2, r2, f)} AND ${r2}.status = 'denied'`, `WITH ${a2}, ${r2} ORDER BY ${a2}.id`]
    : [`MATCH (${a2}:Article)-[${r2}:REPORTS]->(${f})`, `WHERE ${r2}.status = 'denied'`, `WITH ${a2}, ${r2} ORDER BY ${a2}.id`];
  clauses.push(call(f, [...head2, ...source2.clauses, `RETURN collect(${entry('null', source2)}) AS ${bySource}`].join('\n')));
  return `${byFact} + ${bySource}`;
}

/** An Article projection of the node bound to `a`. */
export function articleProjection(b: StatementBuilder, a: string, fields: SelectedField[]): Projection {
  const clauses: string[] = [];
  const entries = fields.map((field): [string, string] => {
    const name = b.variable(field.key);
    if (field.name === 'facts') {
      const f = b.variable('f');
      clauses.push(call(a, collectBody([`MATCH (${a})-[:REPORTS]->(${f}:Fact)`, `WITH DISTINCT ${f} ORDER BY ${f}.id`], factProjection(b, f, field.fields), name)));
      return [field.key, name];
    }
    if (field.name === 'entities') {
      const e = b.variable('e');
      clauses.push(call(a, collectBody([`MATCH (${a})-[:MENTIONS]->(${e}:Entity)`, `WITH DISTINCT ${e} ORDER BY ${e}.name, ${e}.id`], entityProjection(b, e, field.fields), name)));
      return [field.key, name];
    }
    return [field.key, `${a}.${field.name}`];
  });
  return { clauses, expr: mapLiteral(entries) };
}

/** `UNWIND list AS v`, the projection's clauses, `RETURN collect(expr) AS name`: a list projected in order. */
export function projectList(list: string, v: string, p: Projection, name: string): string {
  return collectBody([`UNWIND ${list} AS ${v}`], p, name);
}

/** `:A|B|C` for traversal edges of the given relation types (all when none), from the vocabulary. */
export function traversal(types: readonly string[] | null | undefined): string {
  return `:${relationshipTypes(types)}`;
}
