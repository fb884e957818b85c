import { describe, expect, it } from 'vitest';
import { osaDistance } from '../../src/api/osaDistance.ts';
import { matchScore } from '../../src/api/rankSearchHits.ts';

describe('osaDistance (optimal string alignment)', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(osaDistance('cihle', 'chile')).toBe(1);
    expect(osaDistance('ptero', 'petro')).toBe(1);
  });

  it('counts insertions, deletions and substitutions like Levenshtein', () => {
    expect(osaDistance('', 'abc')).toBe(3);
    expect(osaDistance('abc', '')).toBe(3);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('colmbia', 'colombia')).toBe(1);
    expect(osaDistance('same', 'same')).toBe(0);
  });

  it('lets search ranking keep transposed names the index found', () => {
    expect(matchScore('cihle', 'chile')).toBeGreaterThan(0);
    expect(matchScore('ptero', 'gustavo petro')).toBeGreaterThan(0);
    expect(matchScore('xyzzy', 'chile')).toBe(0);
  });
});
