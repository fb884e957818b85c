import { checkAtLeast, checkLimit } from '../apiLimits.ts';
import { call, dateConditions, edgeFactProjection, entityProjection, isFlat, projectList, traversal } from './projections.ts';
import { childFields, type SelectedField } from './selectFields.ts';
import { mapLiteral, StatementBuilder, type Statement } from './StatementBuilder.ts';
import { edgeTimeConditions, timeOf } from './timeFilters.ts';

/**
 * Traversals over the typed edges (subject)-[:<RELATION> {factId, ...}]->(object): the
 * relationship types are written into the pattern from the vocabulary, so Neo4j expands only
 * those edges (never MENTIONS / SUBJECT / OBJECT / REPORTS). Existence of the given ids is
 * part of the statement (`found` / `missing` columns).
 */

/** Breadth-first levels 1..hops with de-duplicated frontiers, as `level1`, `level2`, ... lists of nodes. */
function levels(hops: number, types: string, edgeFilter: string[] = []): { clauses: string[]; names: string[] } {
  const names = ['level0'];
  const clauses: string[] = [];
  for (let level = 1; level <= hops; level++) {
    const name = `level${level}`;
    const seen = names.slice(1).map((l) => `NOT n IN ${l}`);
    const body = [
      `UNWIND ${names.at(-1)} AS x`,
      `MATCH (x)-[r${types}]-(n:Entity)`,
      `WHERE ${['NOT n IN level0', ...edgeFilter].join(' AND ')}`,
      'WITH DISTINCT n',
      ...(seen.length ? [`WHERE ${seen.join(' AND ')}`] : []),
      `RETURN collect(n) AS ${name}`,
    ];
    clauses.push(call(names.join(', '), body.join('\n')));
    names.push(name);
  }
  return { clauses, names };
}

/** The entities of levels, nearest first, then by name and id. */
function byDistance(names: string[], from: number): string {
  return `COLLECT {\n  UNWIND ${names.slice(from).map((l, i) => `[x IN ${l} | [x, ${i + from}]]`).join(' + ')} AS hit\n  WITH hit[0] AS n, hit[1] AS distance\n  ORDER BY distance, n.name, n.id\n  RETURN n\n}`;
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
  const { clauses, names } = levels(hops, traversal(args.relationTypes), edgeTimeConditions(b, 'r', b.time));
  const p = entityProjection(b, 'n', fields);
  return b.build(
    [
      `OPTIONAL MATCH (c:Entity {id: ${id}})`,
      'WITH c, CASE WHEN c IS NULL THEN [] ELSE [c] END AS level0',
      ...clauses,
      `WITH c, ${byDistance(names, 1)} AS reached`,
      call('reached', projectList('reached', 'n', p, 'entities')),
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
  const timeFilter = edgeTimeConditions(b, 'r', b.time);
  const from = b.param('from', args.from);
  const to = b.param('to', args.to);
  const perPath: string[] = [];
  const entries = fields.map((field): [string, string] => {
    if (field.name === 'length') return [field.key, 'length(p)'];
    const name = b.variable(field.key);
    if (field.name === 'entities') {
      const p = entityProjection(b, 'n', field.fields);
      perPath.push(isFlat(field.fields) ? `WITH *, [n IN nodes(p) | ${p.expr}] AS ${name}` : call('p', projectList('nodes(p)', 'n', p, name)));
    } else {
      const p = edgeFactProjection(b, 'r', field.fields);
      perPath.push(p.clauses.length ? call('p', projectList('relationships(p)', 'r', p, name)) : `WITH *, [r IN relationships(p) | ${p.expr}] AS ${name}`);
    }
    return [field.key, name];
  });
  // The quantifier bound is a checked whole number (1..API cap): pattern bounds cannot be parameters.
  const selector = args.all ? 'ALL SHORTEST' : 'SHORTEST 1';
  const step = timeFilter.length ? `(()-[r${traversal(args.relationTypes)}]-() WHERE ${timeFilter.join(' AND ')})` : `-[${traversal(args.relationTypes)}]-`;
  const body = [`MATCH p = ${selector} (a)${step}{1,${maxHops}}(b)`, `WITH p LIMIT ${args.all ? 100 : 1}`, ...perPath, `RETURN collect(${mapLiteral(entries)}) AS paths`];
  return b.build(
    [`OPTIONAL MATCH (a:Entity {id: ${from}})`, `OPTIONAL MATCH (b:Entity {id: ${to}})`, call('a, b', body.join('\n')), 'RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths'].join('\n'),
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
  filter.push(...dateConditions(b, 'r.firstDate', 'coalesce(r.lastDate, r.firstDate)', args.from, args.to), ...edgeTimeConditions(b, 'r', b.time));
  const types = traversal(args.relationTypes);
  const { clauses, names } = levels(hops, types, filter);
  const maxNodes = b.int('maxNodes', maxNodesValue);
  const lists: string[] = [];
  const tail: string[] = [];
  if (fields.some((f) => f.name === 'nodes')) {
    tail.push(call('kept', projectList('kept', 'n', entityProjection(b, 'n', childFields(fields, 'nodes')), 'nodes')));
    lists.push('nodes');
  }
  if (fields.some((f) => f.name === 'edges')) {
    const p = edgeFactProjection(b, 'r', childFields(fields, 'edges'), { subject: 'a', object: 'o' });
    const body = ['UNWIND kept AS a', `MATCH (a)-[r${types}]->(o:Entity)`, `WHERE ${['o IN kept', ...filter].join(' AND ')}`, ...p.clauses, `RETURN collect(${p.expr}) AS edges`];
    tail.push(call('kept', body.join('\n')));
    lists.push('edges');
  }
  return b.build(
    [
      `MATCH (s:Entity) WHERE s.id IN ${ids}`,
      'WITH collect(s) AS level0',
      ...clauses,
      `WITH level0, ${byDistance(names, 0)} AS reached`,
      `WITH level0, reached, reached[..${maxNodes}] AS kept`,
      ...tail,
      ...inRows(lists, [`[id IN ${ids} WHERE NOT id IN [s IN level0 | s.id]] AS missing`, 'size(reached) > size(kept) AS truncated']),
    ].join('\n'),
  );
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
