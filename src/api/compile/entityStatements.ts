import { checkLimit } from '../apiLimits.ts';
import { decodeCursor } from '../pagination.ts';
import { searchKey } from '../rankSearchHits.ts';
import { call, connectionNodes, entityProjection, needsNodes, needsTotal, type Projection } from './projections.ts';
import type { SelectedField } from './selectFields.ts';
import { entityLabel, StatementBuilder, type Statement } from './StatementBuilder.ts';

/** Query.entity: the entity and everything selected below it; no row means no such entity. */
export function entityStatement(args: { id: string }, fields: SelectedField[]): Statement {
  const b = new StatementBuilder();
  const id = b.param('id', args.id);
  const p = entityProjection(b, 'e', fields);
  return b.build([`MATCH (e:Entity {id: ${id}})`, ...p.clauses, `RETURN ${p.expr} AS entity`].join('\n'));
}

export interface EntitiesArgs {
  type?: string | null;
  kind?: string | null;
  namePrefix?: string | null;
  first: number;
  after?: string | null;
}

/** Query.entities: one page ordered by name (count only when totalCount / pageInfo is selected). */
export function entitiesStatement(args: EntitiesArgs, fields: SelectedField[]): Statement & { offset: number } {
  const b = new StatementBuilder();
  const limit = checkLimit('first', args.first, 'first', 0);
  const skip = decodeCursor(args.after);
  const where: string[] = [];
  if (args.kind) where.push(`e.kind = ${b.param('kind', args.kind)}`);
  if (args.namePrefix) {
    const p = b.param('prefix', searchKey(args.namePrefix));
    where.push(`any(k IN coalesce(e.aliasKeys, []) + [toLower(e.name)] WHERE k STARTS WITH ${p})`);
  }
  const match = [`MATCH (e:Entity${args.type ? `:${entityLabel(args.type)}` : ''})`, ...(where.length ? [`WHERE ${where.join(' AND ')}`] : [])];
  return { ...connectionStatement(b, match, 'e', 'toLower(e.name), e.id', skip, limit, fields, (v, f) => entityProjection(b, v, f)), offset: skip };
}

/**
 * The shared shape of a root connection: an optional count, then one ordered page with
 * projections. `candidates`, when given, replaces `match` for the page: clauses that yield
 * `v` already cut to the `window` (the parameter holding skip + first) best rows, so the page
 * sorts only those.
 */
export function connectionStatement(
  b: StatementBuilder,
  match: string[],
  v: string,
  order: string,
  skip: number,
  limit: number,
  fields: SelectedField[],
  project: (v: string, fields: SelectedField[]) => Projection,
  candidates?: (window: string) => string[],
): Statement {
  const parts: string[] = [];
  const returns: string[] = [];
  if (needsTotal(fields)) {
    parts.push(call('', [...match, `RETURN count(${v}) AS total`].join('\n')));
    returns.push('total');
  }
  if (needsNodes(fields)) {
    const page = `${skip ? `SKIP ${b.int('skip', skip)} ` : ''}LIMIT ${b.int('first', limit)}`;
    const source = candidates ? candidates(b.int('window', skip + limit)) : match;
    const p = project(v, connectionNodes(fields));
    parts.push(call('', [...source, `WITH ${v} ORDER BY ${order} ${page}`, ...p.clauses, `RETURN collect(${p.expr}) AS nodes`].join('\n')));
    returns.push('nodes');
  }
  return b.build(`${parts.join('\n')}\nRETURN ${returns.length ? returns.join(', ') : 'null AS nothing'}`);
}

/** Query.search, first step: full-text candidates (names for the ranking), with the entity projection when it is flat. */
export function searchStatement(args: { lucene: string; types?: string[] | null; candidates: number }, entityFields: SelectedField[] | null): Statement {
  const b = new StatementBuilder();
  const lucene = b.param('lucene', args.lucene);
  const limit = b.int('candidates', args.candidates);
  const where = args.types?.length ? `\nWHERE ${args.types.map((t) => `e:${entityLabel(t)}`).join(' OR ')}` : '';
  // A flat projection has no clauses: it rides along with the candidates.
  const projection = entityFields ? `, ${entityProjection(b, 'e', entityFields).expr} AS entity` : '';
  return b.build(
    `CALL db.index.fulltext.queryNodes('entityNames', ${lucene}, {limit: ${limit}}) YIELD node AS e${where}\nRETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.aliasKeys, []) AS aliasKeys${projection}`,
  );
}

/** Query.search, second step (only for selections with nested lists): the ranked hits' projections. */
export function entitiesByIdStatement(ids: string[], fields: SelectedField[]): Statement {
  const b = new StatementBuilder();
  const list = b.param('ids', ids);
  const p = entityProjection(b, 'e', fields);
  return b.build([`UNWIND ${list} AS id`, 'MATCH (e:Entity {id: id})', ...p.clauses, `RETURN id, ${p.expr} AS entity`].join('\n'));
}
