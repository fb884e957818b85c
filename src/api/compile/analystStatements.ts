import { checkAtLeast, checkLimit } from '../apiLimits.ts';
import { decodeCursor } from '../pagination.ts';
import { connectionStatement } from './entityStatements.ts';
import { call, entityProjection, FACT_ORDER, factProjection } from './projections.ts';
import type { SelectedField } from './selectFields.ts';
import { mapLiteral, StatementBuilder, type Statement } from './StatementBuilder.ts';
import { normalizeKnownAt, timeOf } from './timeFilters.ts';

/**
 * The analyst views of issue 16. alliesAtOdds runs the saved query
 * cypher/queries/explore/allies-at-odds.cypher (the console's `newsgraph query allies-at-odds`)
 * as a CALL subquery and projects its pairs, so both answer alike; corroboration and contested
 * are top-k lists on the stored publisherCount / contested (indexes of V007).
 */

export interface AlliesAtOddsArgs {
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  knownAt?: string | null;
  first: number;
}

/** Query.alliesAtOdds: the saved query's pairs, each with its entities and facts projected. */
export function alliesAtOddsStatement(savedQuery: string, args: AlliesAtOddsArgs, fields: SelectedField[]): Statement {
  const first = checkLimit('first', args.first, 'first', 0);
  const b = new StatementBuilder();
  // The saved query's parameters, by the names its header declares.
  b.param('from', args.from ?? null);
  b.param('to', args.to ?? null);
  b.shared('asOf', args.asOf ?? null);
  b.shared('knownAt', normalizeKnownAt(args.knownAt));
  b.int('first', first);
  b.time = timeOf(args);
  const clauses: string[] = [];
  const entries = fields.map((field): [string, string] => {
    switch (field.name) {
      case 'a':
      case 'b': {
        const e = b.variable(field.name);
        const p = entityProjection(b, e, field.fields);
        clauses.push(`MATCH (${e}:Entity {id: ${field.name}Id})`, ...p.clauses);
        return [field.key, p.expr];
      }
      case 'alliances':
      case 'hostileFacts': {
        const f = b.variable('f');
        const name = b.variable(field.key);
        const list = field.name === 'alliances' ? 'alliances' : 'hostileFacts';
        const p = factProjection(b, f, field.fields);
        const body = [`UNWIND ${list} AS item`, `MATCH (${f}) WHERE elementId(${f}) = item.ref`, `WITH ${f} ORDER BY ${FACT_ORDER(f)}`, ...p.clauses, `RETURN collect(${p.expr}) AS ${name}`];
        clauses.push(call(list, body.join('\n')));
        return [field.key, name];
      }
      case 'hostileCount':
        return [field.key, 'hostileCount'];
      case 'score':
        return [field.key, 'score'];
      default:
        throw new Error(`AlliesAtOdds.${field.name} has no projection`);
    }
  });
  return b.build(
    [
      call('', savedQuery),
      'WITH aId, bId, alliances, hostileFacts, hostileCount, score',
      ...clauses,
      'WITH * ORDER BY score DESC, hostileCount DESC, aId, bId',
      `RETURN collect(${mapLiteral(entries)}) AS pairs`,
    ].join('\n'),
  );
}

export interface CorroborationArgs {
  relationTypes?: string[] | null;
  minPublishers: number;
  first: number;
  after?: string | null;
}

/** Query.corroboration: facts by number of distinct publishers, then sources, then newest. */
export function corroborationStatement(args: CorroborationArgs, fields: SelectedField[]): Statement & { offset: number } {
  checkAtLeast('minPublishers', args.minPublishers, 1);
  const b = new StatementBuilder();
  const limit = checkLimit('first', args.first, 'first', 0);
  const skip = decodeCursor(args.after);
  const where = [`f.publisherCount >= ${b.param('minPublishers', args.minPublishers)}`, ...(args.relationTypes ? [`f.relation IN ${b.param('types', [...args.relationTypes])}`] : [])];
  const match = ['MATCH (f:Fact)', `WHERE ${where.join(' AND ')}`];
  const order = `f.publisherCount DESC, f.sourceCount DESC, ${FACT_ORDER('f')}`;
  return { ...connectionStatement(b, match, 'f', order, skip, limit, fields, (v, f) => factProjection(b, v, f)), offset: skip };
}

/** Query.contested: facts with a denial or a denying source, newest first. */
export function contestedStatement(args: { relationTypes?: string[] | null; first: number; after?: string | null }, fields: SelectedField[]): Statement & { offset: number } {
  const b = new StatementBuilder();
  const limit = checkLimit('first', args.first, 'first', 0);
  const skip = decodeCursor(args.after);
  const where = ['f.contested = true', ...(args.relationTypes ? [`f.relation IN ${b.param('types', [...args.relationTypes])}`] : [])];
  const match = ['MATCH (f:Fact)', `WHERE ${where.join(' AND ')}`];
  return { ...connectionStatement(b, match, 'f', FACT_ORDER('f'), skip, limit, fields, (v, f) => factProjection(b, v, f)), offset: skip };
}

