import type { Keyed } from '../keyedFields.ts';
import type { Projection } from './projections.ts';
import type { Shape, Statement, StatementBuilder } from './StatementBuilder.ts';

/**
 * The projection to collect into the list column `name`: its tuple when it has one (the column
 * is then marked as tuples, and listColumn reads the items back into keyed objects), else the
 * map itself.
 */
export function asTuples(b: StatementBuilder, name: string, p: Projection): Projection {
  if (!p.tuple) return p;
  b.tupleColumn(name, p.tuple.shape);
  return { clauses: p.clauses, expr: p.tuple.expr };
}

/** One tuple read back into an object keyed by response key. */
export function fromTuple(values: readonly unknown[], shape: Shape): Keyed {
  const out: Keyed = {};
  for (let i = 0; i < shape.length; i++) {
    const key = shape[i]!;
    if (typeof key === 'string') out[key] = values[i];
    else out[key[0]] = values[i] == null ? null : fromTuple(values[i] as unknown[], key[1]);
  }
  return out;
}

/** The items of a list column over all rows (long lists arrive in slices, one per row), as keyed objects. */
export function listColumn(rows: readonly Record<string, unknown>[], column: string, statement: Statement): Keyed[] {
  const shape = statement.tuples?.[column];
  const out: Keyed[] = [];
  for (const row of rows) {
    const items = row[column] as unknown[] | undefined;
    if (!items) continue;
    if (shape) for (const item of items) out.push(fromTuple(item as unknown[], shape));
    else for (const item of items) out.push(item as Keyed);
  }
  return out;
}
