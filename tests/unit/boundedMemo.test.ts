import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/api/boundedMemo.ts';

describe('boundedMemo: per-key values computed once, at most max kept', () => {
  it('computes a key once (null included) and drops the oldest beyond max', () => {
    const calls: string[] = [];
    const remember = boundedMemo<string | null>(2);
    const compute = (key: string) => () => (calls.push(key), key === 'none' ? null : key.toUpperCase());
    expect(remember('a', compute('a'))).toBe('A');
    expect(remember('a', compute('a'))).toBe('A');
    expect(remember('none', compute('none'))).toBeNull();
    expect(remember('none', compute('none'))).toBeNull();
    expect(calls).toEqual(['a', 'none']);
    remember('b', compute('b')); // drops 'a', the oldest
    expect(remember('none', compute('none'))).toBeNull();
    expect(remember('a', compute('a'))).toBe('A');
    expect(calls).toEqual(['a', 'none', 'b', 'a']);
  });
});
