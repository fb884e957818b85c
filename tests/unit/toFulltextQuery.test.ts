import { describe, expect, it } from 'vitest';
import { toFulltextQuery } from '../../src/api/toFulltextQuery.ts';

describe('toFulltextQuery', () => {
  it('matches each word exactly, as a prefix, and with typos from four letters on', () => {
    expect(toFulltextQuery('Petro')).toBe('(petro^4 OR petro*^2 OR petro~1)');
    expect(toFulltextQuery('Colmbia')).toBe('(colmbia^4 OR colmbia*^2 OR colmbia~2)');
    expect(toFulltextQuery('US')).toBe('(us^4 OR us*^2)');
  });

  it('folds accents and neutralises Lucene syntax in the input', () => {
    expect(toFulltextQuery('Noël')).toBe('(noel^4 OR noel*^2 OR noel~1)');
    expect(toFulltextQuery('a:b) OR "x" *')).toBe('(a^4 OR a*^2) OR (b^4 OR b*^2) OR (or^4 OR or*^2) OR (x^4 OR x*^2)');
  });

  it('returns undefined when nothing searchable is left', () => {
    expect(toFulltextQuery('  ?!* ')).toBeUndefined();
  });
});
