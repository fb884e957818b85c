import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/extract/resolveDate.ts';
import { ruleExtractor } from '../../src/extract/ruleExtractor.ts';

describe('extract: dates', () => {
  it('resolves a weekday to the last such day on or before a full publication date', () => {
    // 2025-10-03 is a Friday.
    expect(resolveDate('Petro spoke on Tuesday.', '2025-10-03')?.date).toBe('2025-09-30');
    expect(resolveDate('Petro spoke on Friday.', '2025-10-03')?.date).toBe('2025-10-03');
    expect(resolveDate('Petro spoke yesterday.', '2025-10-03')?.date).toBe('2025-10-02');
  });

  it('leaves weekdays and relative dates empty without a full publication date', () => {
    expect(resolveDate('Petro spoke on Tuesday.', undefined)).toBeUndefined();
    expect(resolveDate('Petro spoke on Tuesday.', '2025-10')).toBeUndefined();
    expect(resolveDate('He replied the following day.', undefined, undefined)).toBeUndefined();
  });

  it('keeps explicit dates', () => {
    expect(resolveDate('They became allies in 2022.', undefined)?.date).toBe('2022');
    expect(resolveDate('The event in Ibague, Colombia, October 3, 2025.', undefined)?.date).toBe('2025-10-03');
    expect(resolveDate('Talks resumed in March 2024.', undefined)?.date).toBe('2024-03');
    expect(resolveDate('He replied the following day.', undefined, '2025-09-30')?.date).toBe('2025-10-01');
  });

  it('dates facts from their sentence', () => {
    const draft = ruleExtractor.extractSync({ text: 'France sanctioned Iran on Monday.', title: 't', publishedAt: '2025-10-03' }, { knownEntities: [] });
    expect(draft.facts[0]).toMatchObject({ subject: 'FRA', relation: 'SANCTIONED', object: 'IRN', date: '2025-09-29' });
  });
});
