import { describe, expect, it } from 'vitest';
import { StatementBuilder } from '../../src/api/compile/StatementBuilder.ts';
import { asTuples, listColumn, tupleReader } from '../../src/api/compile/tuples.ts';

describe('tuples: long lists sent as lists of values, read back by response key', () => {
  const shape = ['id', 'relation', ['subject', ['id', 'name']], 'tags'] as const;

  it('reads a tuple back into a keyed object, a nested object from the values that follow, list values kept as they are', () => {
    const read = tupleReader(shape);
    expect(read(['f1', 'SANCTIONED', 'USA', 'United States', ['a', 'b']])).toEqual({ id: 'f1', relation: 'SANCTIONED', subject: { id: 'USA', name: 'United States' }, tags: ['a', 'b'] });
    expect(read(['f2', null, 'X', null, []])).toEqual({ id: 'f2', relation: null, subject: { id: 'X', name: null }, tags: [] });
    expect(tupleReader([...shape]), 'one reader per shape').toBe(read);
    expect(tupleReader(['__id', ['__name', ['x']]])(['a', 'b'])).toEqual({ __id: 'a', __name: { x: 'b' } });
    for (const bad of ['__proto__', 'a-b', 'x: 1}); process.exit(1); ({y']) expect(() => tupleReader([bad]), bad).toThrow('not a projection key');
  });

  it('concatenates a column over its rows and reads the tuples back only where the statement says so', () => {
    const b = new StatementBuilder();
    const p = asTuples(b, 'edges', { clauses: [], expr: '{id: r.id}', tuple: { values: ['r.id'], shape: ['id'] } });
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
