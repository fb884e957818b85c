import { checkAtLeast, checkLimit } from '../apiLimits.ts';
import { dateConditions, edgeFactProjection, entityProjection, traversal } from './projections.ts';
import { childFields, type SelectedField } from './selectFields.ts';
import { indent, mapLiteral, StatementBuilder, type Statement } from './StatementBuilder.ts';

/**
 * Traversals over the typed edges (subject)-[:<RELATION> {factId, ...}]->(object): the
 * relationship types are written into the pattern from the vocabulary, so Neo4j expands only
 * those edges (never MENTIONS / SUBJECT / OBJECT / REPORTS). Existence of the given ids is
 * part of the statement (`found` / `missing` columns).
 */

/** Breadth-first levels 1..hops with de-duplicated frontiers, as `level1`, `level2`, ... lists of nodes. */
function levels(b: StatementBuilder, seeds: string, hops: number, types: string, edgeFilter: string[] = []): { text: string; names: string[] } {
  const names = [seeds];
  const parts: string[] = [];
  for (let level = 1; level <= hops; level++) {
    const name = `level${level}`;
    const where = [`NOT n IN ${names[0]}`, ...edgeFilter];
    const seen = names.slice(1).map((l) => `NOT n IN ${l}`);
    parts.push(
      `CALL (${names.join(', ')}) {\n  UNWIND ${names.at(-1)} AS x\n  MATCH (x)-[r${types}]-(n:Entity)\n  WHERE ${where.join(' AND ')}\n  WITH DISTINCT n${seen.length ? `\n  WHERE ${seen.join(' AND ')}` : ''}\n  RETURN collect(n) AS ${name}\n}`,
    );
    names.push(name);
  }
  void b;
  return { text: parts.join('\n'), names };
}

/** Query.neighbourhood: entities within `hops`, nearest first, projected; `found` is false for an unknown id. */
export function neighbourhoodStatement(args: { id: string; hops: number; relationTypes?: string[] | null }, fields: SelectedField[]): Statement {
  const hops = checkLimit('hops', args.hops, 'hops');
  const b = new StatementBuilder();
  const id = b.param('id', args.id);
  const { text, names } = levels(b, 'level0', hops, traversal(args.relationTypes));
  const hits = names.slice(1).map((l, i) => `[x IN ${l} | [x, ${i + 1}]]`).join(' + ');
  return b.build(
    `OPTIONAL MATCH (c:Entity {id: ${id}})\nWITH c, CASE WHEN c IS NULL THEN [] ELSE [c] END AS level0\n${text}\nRETURN c IS NOT NULL AS found, COLLECT {\n  UNWIND ${hits} AS hit\n  WITH hit[0] AS n, hit[1] AS distance\n  ORDER BY distance, n.name, n.id\n  RETURN ${indent(entityProjection(b, 'n', fields))}\n} AS entities`,
  );
}

/** Query.shortestPaths: SHORTEST 1 (or ALL SHORTEST, at most 100 paths) bounded by maxHops, projected. */
export function shortestPathsStatement(
  args: { from: string; to: string; maxHops: number; relationTypes?: string[] | null; all: boolean },
  fields: SelectedField[],
): Statement {
  const maxHops = checkLimit('maxHops', args.maxHops, 'maxHops');
  const b = new StatementBuilder();
  const from = b.param('from', args.from);
  const to = b.param('to', args.to);
  const path = mapLiteral(
    fields.map((field): [string, string] => {
      if (field.name === 'length') return [field.key, 'length(p)'];
      if (field.name === 'entities') return [field.key, `[n IN nodes(p) | ${entityProjectionInList(b, 'n', field.fields)}]`];
      return [field.key, `[r IN relationships(p) | ${edgeFactProjection(b, 'r', field.fields)}]`];
    }),
  );
  // The quantifier bound is a checked whole number (1..API cap): pattern bounds cannot be parameters.
  const selector = args.all ? 'ALL SHORTEST' : 'SHORTEST 1';
  return b.build(
    `OPTIONAL MATCH (a:Entity {id: ${from}})\nOPTIONAL MATCH (b:Entity {id: ${to}})\nCALL (a, b) {\n  MATCH p = ${selector} (a)-[${traversal(args.relationTypes)}]-{1,${maxHops}}(b)\n  WITH p LIMIT ${args.all ? 100 : 1}\n  RETURN collect(${indent(path, 2)}) AS paths\n}\nRETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`,
  );
}

/** An entity projection of a list-comprehension variable (bound through a subquery when the selection nests). */
function entityProjectionInList(b: StatementBuilder, v: string, fields: SelectedField[]): string {
  return entityProjection(b, v, fields);
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
}

/** Query.subgraph: seeds, breadth-first levels up to maxNodes, the edges among kept nodes; `missing` lists unknown ids. */
export function subgraphStatement(args: SubgraphArgs, fields: SelectedField[]): Statement {
  const hops = checkLimit('hops', args.hops, 'hops', 0);
  const maxNodesValue = checkLimit('maxNodes', args.maxNodes, 'maxNodes');
  checkLimit('number of ids', args.ids.length, 'subgraphIds');
  checkAtLeast('minSources', args.minSources, 1);
  const b = new StatementBuilder();
  const ids = b.param('ids', args.ids);
  const filter: string[] = [];
  if (args.statuses) filter.push(`r.status IN ${b.param('statuses', [...args.statuses])}`);
  if (args.minSources > 1) filter.push(`r.sourceCount >= ${b.param('minSources', args.minSources)}`);
  filter.push(...dateConditions(b, 'r.firstDate', 'coalesce(r.lastDate, r.firstDate)', args.from, args.to));
  const types = traversal(args.relationTypes);
  const { text, names } = levels(b, 'level0', hops, types, filter);
  const maxNodes = b.int('maxNodes', maxNodesValue);
  const hits = names.map((l, i) => `[x IN ${l} | [x, ${i}]]`).join(' + ');
  const nodeFields = childFields(fields, 'nodes');
  const edgeFields = childFields(fields, 'edges');
  const out = [`[id IN ${ids} WHERE NOT id IN [s IN level0 | s.id]] AS missing`, 'size(reached) > size(kept) AS truncated'];
  if (fields.some((f) => f.name === 'nodes')) out.push(`[n IN kept | ${entityProjection(b, 'n', nodeFields)}] AS nodes`);
  if (fields.some((f) => f.name === 'edges')) {
    out.push(
      `COLLECT {\n  UNWIND kept AS a\n  MATCH (a)-[r${types}]->(o:Entity)\n  WHERE o IN kept${filter.length ? ` AND ${filter.join(' AND ')}` : ''}\n  RETURN ${indent(edgeFactProjection(b, 'r', edgeFields))}\n} AS edges`,
    );
  }
  return b.build(
    `MATCH (s:Entity) WHERE s.id IN ${ids}\nWITH collect(s) AS level0\n${text}\nWITH level0, COLLECT {\n  UNWIND ${hits} AS hit\n  WITH hit[0] AS n, hit[1] AS distance\n  ORDER BY distance, n.name, n.id\n  RETURN n\n} AS reached\nWITH level0, reached, reached[..${maxNodes}] AS kept\nRETURN ${out.join(',\n       ')}`,
  );
}
