import { describe, expect, it } from 'vitest';
import { StatementBuilder } from '../../src/api/compile/StatementBuilder.ts';
import { asTuples, fromTuple, listColumn } from '../../src/api/compile/tuples.ts';

describe('tuples: long lists sent as lists of values, read back by response key', () => {
  const shape = ['id', 'relation', ['subject', ['id', 'name']], 'tags'] as const;

  it('reads a tuple back into a keyed object, nested tuples included, list values kept as they are', () => {
    expect(fromTuple(['f1', 'SANCTIONED', ['USA', 'United States'], ['a', 'b']], shape)).toEqual({ id: 'f1', relation: 'SANCTIONED', subject: { id: 'USA', name: 'United States' }, tags: ['a', 'b'] });
    expect(fromTuple(['f2', null, null, []], shape)).toEqual({ id: 'f2', relation: null, subject: null, tags: [] });
  });

  it('concatenates a column over its rows and reads the tuples back only where the statement says so', () => {
    const b = new StatementBuilder();
    const p = asTuples(b, 'edges', { clauses: [], expr: '{id: r.id}', tuple: { expr: '[r.id]', shape: ['id'] } });
    expect(p.expr).toBe('[r.id]');
    const statement = b.build('RETURN 1');
    expect(statement.tuples).toEqual({ edges: ['id'] });
    expect(listColumn([{ edges: [['a'], ['b']] }, { edges: [['c']] }], 'edges', statement)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    // a column of maps (no tuple: a projection with clauses) is passed through
    const maps = new StatementBuilder();
    expect(asTuples(maps, 'nodes', { clauses: ['MATCH (x)'], expr: '{id: x.id}' }).expr).toBe('{id: x.id}');
    expect(listColumn([{ nodes: [{ id: 'a' }] }], 'nodes', maps.build('RETURN 1'))).toEqual([{ id: 'a' }]);
    expect(listColumn([{ nodes: [{ id: 'a' }] }, {}], 'nodes', maps.build('RETURN 1'))).toEqual([{ id: 'a' }]);
  });
});
