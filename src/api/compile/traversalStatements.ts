import { checkAtLeast, checkLimit } from '../apiLimits.ts';
import { call, dateConditions, edgeFactProjection, entityProjection, factProjection, isFlat, projectList, traversal } from './projections.ts';
import { childFields, type SelectedField } from './selectFields.ts';
import { mapLiteral, relationshipTypes, StatementBuilder, type Statement, type TimeArgs } from './StatementBuilder.ts';
import { edgeTimeConditions, factTimeConditions, knownIntervals, knownValidityClause, timeOf, validAt } from './timeFilters.ts';
import { asTuples } from './tuples.ts';

/**
 * Traversals over the typed edges (subject)-[:<RELATION> {factId, ...}]->(object): the
 * relationship types are written into the pattern from the vocabulary, so Neo4j expands only
 * those edges (never MENTIONS / SUBJECT / OBJECT / REPORTS). Existence of the given ids is
 * part of the statement (`found` / `missing` columns).
 */

/**
 * One step from entity `x` to entity `n` over fact `r`, with the conditions on `r` for the time
 * arguments. Without knownAt: a typed traversal edge. Under knownAt (the graph as recorded
 * then): through the Fact or ArchivedFact node and its role edges, since a fact a retraction
 * archived has no traversal edge any more, and its parties may be ArchivedEntity copies.
 */
interface Step {
  /** The pattern between `(x)` and `(n...)` (`undirected` for levels, subject to object for edges). */
  pattern: (x: string, n: string, undirected: boolean) => string;
  /** Conditions on `r` for the time arguments and relation types. */
  where: string[];
  /** True when `r` is a fact node rather than a traversal edge. */
  viaFacts: boolean;
  /** Under knownAt with asOf: the clause checking the validity known then, binding it to `intervals` (the projection reads it); made once, when first asked. */
  validity: () => { clause: string; intervals: string } | null;
}

const ROLES = 'SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT';

function step(b: StatementBuilder, relationTypes: readonly string[] | null | undefined, time: TimeArgs | null): Step {
  if (!time?.knownAt) {
    const types = traversal(relationTypes);
    return { pattern: (x, n, undirected) => `(${x})-[r${types}]-${undirected ? '' : '>'}(${n}:Entity)`, where: edgeTimeConditions(b, 'r', time), viaFacts: false, validity: () => null };
  }
  const where = [
    ...(relationTypes?.length ? [`r.relation IN ${b.param('types', relationshipTypes(relationTypes).split('|'))}`] : []),
    ...factTimeConditions(b, 'r', { knownAt: time.knownAt }),
  ];
  return {
    pattern: (x, n, undirected) =>
      undirected
        ? `(${x})<-[:${ROLES}]-(r:Fact|ArchivedFact)-[:${ROLES}]->(${n}:Entity|ArchivedEntity)`
        : `(${x})<-[:SUBJECT|ARCHIVED_SUBJECT]-(r:Fact|ArchivedFact)-[:OBJECT|ARCHIVED_OBJECT]->(${n}:Entity|ArchivedEntity)`,
    where,
    viaFacts: true,
    validity: once(() => knownValidityClause(b, 'r', time)),
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * The entity a traversal starts from, bound to `v` (null when unknown). Under knownAt its
 * archived copy counts too when it was deleted after knownAt (the live node first).
 */
function anchor(b: StatementBuilder, v: string, id: string, keep: string[] = []): string[] {
  if (!b.time?.knownAt) return [`OPTIONAL MATCH (${v}:Entity {id: ${id}})`];
  const p = b.shared('knownAt', b.time.knownAt);
  return [
    call('', [`OPTIONAL MATCH (${v}:Entity {id: ${id}}) RETURN ${v}`, 'UNION ALL', `OPTIONAL MATCH (${v}:ArchivedEntity {id: ${id}}) WHERE left(${v}.retractedAt, size(${p})) > ${p} RETURN ${v}`].join('\n')),
    `WITH ${[...keep, v].join(', ')} ORDER BY ${v} IS NULL, ${v}:ArchivedEntity LIMIT 1`,
  ];
}

/** Breadth-first levels 1..hops with de-duplicated frontiers, as `level1`, `level2`, ... lists of nodes. */
function levels(hops: number, s: Step, edgeFilter: string[] = []): { clauses: string[]; names: string[] } {
  const names = ['level0'];
  const clauses: string[] = [];
  for (let level = 1; level <= hops; level++) {
    const name = `level${level}`;
    const seen = names.slice(1).map((l) => `NOT n IN ${l}`);
    const body = [
      `UNWIND ${names.at(-1)} AS x`,
      `MATCH ${s.pattern('x', 'n', true)}`,
      `WHERE ${['NOT n IN level0', ...(s.viaFacts ? ['n <> x'] : []), ...edgeFilter].join(' AND ')}`,
      ...(s.validity() ? [s.validity()!.clause] : []),
      'WITH DISTINCT n',
      ...(seen.length ? [`WHERE ${seen.join(' AND ')}`] : []),
      `RETURN collect(n) AS ${name}`,
    ];
    clauses.push(call(names.join(', '), body.join('\n')));
    names.push(name);
  }
  return { clauses, names };
}

/**
 * The entities of levels (from level `from`), nearest first, then by name and id, projected by
 * an expression without clauses (`n` for the nodes themselves): each level sorted on its own and
 * the levels concatenated, rather than every entity tagged with its distance and all sorted
 * together (neighbourhood, 22,600 entities at 100,000 articles: 281 -> 246 ms).
 */
function levelByLevel(names: string[], expr: string, from = 1): string {
  return names
    .slice(from)
    .map((l) => `COLLECT {\n  UNWIND ${l} AS n\n  WITH n ORDER BY n.name, n.id\n  RETURN ${expr}\n}`)
    .join(' + ');
}

/** Query.neighbourhood: entities within `hops`, nearest first, projected; `found` is false for an unknown id. */
export function neighbourhoodStatement(
  args: { id: string; hops: number; relationTypes?: string[] | null; asOf?: string | null; knownAt?: string | null },
  fields: SelectedField[],
): Statement {
  const hops = checkLimit('hops', args.hops, 'hops');
  const b = new StatementBuilder();
  b.time = timeOf(args);
  const id = b.param('id', args.id);
  const s = step(b, args.relationTypes, b.time);
  const { clauses, names } = levels(hops, s, s.where);
  const p = asTuples(b, 'entities', entityProjection(b, 'n', fields, s.viaFacts));
  return b.build(
    [
      ...anchor(b, 'c', id),
      'WITH c, CASE WHEN c IS NULL THEN [] ELSE [c] END AS level0',
      ...clauses,
      ...(p.clauses.length
        ? [`WITH c, ${levelByLevel(names, 'n')} AS reached`, call('reached', projectList('reached', 'n', p, 'entities'))]
        : [`WITH c, ${levelByLevel(names, p.expr)} AS entities`]),
      ...inRows(['entities'], ['c IS NOT NULL AS found']),
    ].join('\n'),
  );
}

/** Query.shortestPaths: SHORTEST 1 (or ALL SHORTEST, at most 100 paths) bounded by maxHops, projected. */
export function shortestPathsStatement(
  args: { from: string; to: string; maxHops: number; relationTypes?: string[] | null; all: boolean; asOf?: string | null; knownAt?: string | null },
  fields: SelectedField[],
): Statement {
  const maxHops = checkLimit('maxHops', args.maxHops, 'maxHops');
  const b = new StatementBuilder();
  b.time = timeOf(args);
  const st = step(b, args.relationTypes, b.time);
  const from = b.param('from', args.from);
  const to = b.param('to', args.to);
  // Under knownAt a path alternates entities and fact nodes: entities at even positions, facts at odd ones.
  const entityList = st.viaFacts ? '[i IN range(0, length(p), 2) | nodes(p)[i]]' : 'nodes(p)';
  const factList = st.viaFacts ? '[i IN range(1, length(p), 2) | nodes(p)[i]]' : 'relationships(p)';
  const perPath: string[] = [];
  const entries = fields.map((field): [string, string] => {
    if (field.name === 'length') return [field.key, st.viaFacts ? 'length(p) / 2' : 'length(p)'];
    const name = b.variable(field.key);
    if (field.name === 'entities') {
      const p = entityProjection(b, 'n', field.fields, st.viaFacts);
      perPath.push(isFlat(field.fields) ? `WITH *, [n IN ${entityList} | ${p.expr}] AS ${name}` : call('p', projectList(entityList, 'n', p, name)));
    } else {
      const p = st.viaFacts ? factProjection(b, 'r', field.fields) : edgeFactProjection(b, 'r', field.fields);
      perPath.push(p.clauses.length ? call('p', projectList(factList, 'r', p, name)) : `WITH *, [r IN ${factList} | ${p.expr}] AS ${name}`);
    }
    return [field.key, name];
  });
  // The quantifier bound is a checked whole number (1..API cap): pattern bounds cannot be parameters.
  const selector = args.all ? 'ALL SHORTEST' : 'SHORTEST 1';
  const types = st.viaFacts ? '' : traversal(args.relationTypes);
  // a quantified path pattern takes no clauses: the validity known then is checked inline
  const hopWhere = [...st.where, ...(st.viaFacts && b.time?.asOf ? [validAt(b, knownIntervals(b, 'r', b.time.knownAt!), b.time.asOf)] : [])];
  const hop = st.viaFacts
    ? `(()<-[:${ROLES}]-(r:Fact|ArchivedFact${hopWhere.length ? ` WHERE ${hopWhere.join(' AND ')}` : ''})-[:${ROLES}]->())`
    : st.where.length
      ? `(()-[r${types}]-() WHERE ${st.where.join(' AND ')})`
      : `-[${types}]-`;
  const body = [`MATCH p = ${selector} (a)${hop}{1,${maxHops}}(b)`, `WITH p LIMIT ${args.all ? 100 : 1}`, ...perPath, `RETURN collect(${mapLiteral(entries)}) AS paths`];
  return b.build(
    [...anchor(b, 'a', from), ...anchor(b, 'b', to, ['a']), call('a, b', body.join('\n')), 'RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths'].join('\n'),
  );
}

export interface SubgraphArgs {
  ids: string[];
  hops: number;
  relationTypes?: string[] | null;
  statuses?: string[] | null;
  from?: string | null;
  to?: string | null;
  minSources: number;
  maxNodes: number;
  asOf?: string | null;
  knownAt?: string | null;
}

/** Query.subgraph: seeds, breadth-first levels up to maxNodes, the edges among kept nodes; `missing` lists unknown ids. */
export function subgraphStatement(args: SubgraphArgs, fields: SelectedField[]): Statement {
  const hops = checkLimit('hops', args.hops, 'hops', 0);
  const maxNodesValue = checkLimit('maxNodes', args.maxNodes, 'maxNodes');
  checkLimit('number of ids', args.ids.length, 'subgraphIds');
  checkAtLeast('minSources', args.minSources, 1);
  const b = new StatementBuilder();
  b.time = timeOf(args);
  const ids = b.param('ids', args.ids);
  const filter: string[] = [];
  if (args.statuses) filter.push(`r.status IN ${b.param('statuses', [...args.statuses])}`);
  if (args.minSources > 1) filter.push(`r.sourceCount >= ${b.param('minSources', args.minSources)}`);
  filter.push(...dateConditions(b, 'r.firstDate', 'coalesce(r.lastDate, r.firstDate)', args.from, args.to));
  const st = step(b, args.relationTypes, b.time);
  filter.push(...st.where);
  const { clauses, names } = levels(hops, st, filter);
  const maxNodes = b.int('maxNodes', maxNodesValue);
  const lists: string[] = [];
  const tail: string[] = [];
  if (fields.some((f) => f.name === 'nodes')) {
    tail.push(call('kept', projectList('kept', 'n', asTuples(b, 'nodes', entityProjection(b, 'n', childFields(fields, 'nodes'), st.viaFacts)), 'nodes')));
    lists.push('nodes');
  }
  if (fields.some((f) => f.name === 'edges')) {
    const edges = childFields(fields, 'edges');
    const validity = st.validity();
    const p = asTuples(b, 'edges', st.viaFacts ? factProjection(b, 'r', edges, b.time, validity?.intervals) : edgeFactProjection(b, 'r', edges, { subject: 'a', object: 'o' }));
    const body = ['UNWIND kept AS a', `MATCH ${st.pattern('a', 'o', false)}`, `WHERE ${['o IN kept', ...filter].join(' AND ')}`, ...(validity ? [validity.clause] : []), ...p.clauses, `RETURN collect(${p.expr}) AS edges`];
    tail.push(call('kept', body.join('\n')));
    lists.push('edges');
  }
  return b.build(
    [
      ...(st.viaFacts ? archivedSeeds(b, ids) : [`MATCH (s:Entity) WHERE s.id IN ${ids}`]),
      'WITH collect(s) AS level0',
      ...clauses,
      `WITH level0, ${levelByLevel(names, 'n', 0)} AS reached`,
      `WITH level0, reached, reached[..${maxNodes}] AS kept`,
      ...tail,
      ...inRows(lists, [`[id IN ${ids} WHERE NOT id IN [s IN level0 | s.id]] AS missing`, 'size(reached) > size(kept) AS truncated']),
    ].join('\n'),
  );
}

/** Under knownAt, the seeds of a subgraph: live entities, or their archived copies deleted after knownAt (one node per id, the live one first). */
function archivedSeeds(b: StatementBuilder, ids: string): string[] {
  const p = b.shared('knownAt', b.time!.knownAt!);
  const union = [`MATCH (s:Entity) WHERE s.id IN ${ids} RETURN s`, 'UNION ALL', `MATCH (s:ArchivedEntity) WHERE s.id IN ${ids} AND left(s.retractedAt, size(${p})) > ${p} RETURN s`];
  return [call('', union.join('\n')), 'WITH s ORDER BY s:ArchivedEntity', 'WITH s.id AS id, collect(s)[0] AS s'];
}

/** Items per row when a statement returns long lists (neighbourhood entities, subgraph nodes and edges). */
export const ROW_ITEMS = 50;

/**
 * The final clauses returning `lists` in slices of ROW_ITEMS items, one row per slice (at least
 * one row; `columns` repeat on each). neo4j-driver decodes a record that spans many Bolt chunks
 * in time quadratic in its size (every string read walks the record's chunk list), so a
 * 10,000-edge subgraph in one record takes twice as long as the same data in rows.
 * Callers concatenate the rows' slices (Query.subgraph in resolvers/traversalQueries.ts).
 */
function inRows(lists: string[], columns: string[]): string[] {
  if (!lists.length) return [`RETURN ${columns.join(', ')}`];
  const rows = `reduce(most = 1, k IN [${lists.map((l) => `size(${l})`).join(', ')}] | CASE WHEN k > most THEN k ELSE most END)`;
  return [`UNWIND range(0, ${rows} - 1, ${ROW_ITEMS}) AS at`, `RETURN ${[...columns, ...lists.map((l) => `${l}[at..at + ${ROW_ITEMS}] AS ${l}`)].join(', ')}`];
}
