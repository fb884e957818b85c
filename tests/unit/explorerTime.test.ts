import { describe, expect, it } from 'vitest';
import { validitySpan, validityText } from '../../explorer/src/factTime.ts';
import { nextMonth } from '../../explorer/src/timeSlider.ts';

describe('the explorer time slider', () => {
  const months = ['2025-09', '2025-10', '2025-11'];
  it('plays month by month from the first month, and stops after the last', () => {
    expect(nextMonth(months, undefined)).toBe('2025-09');
    expect(nextMonth(months, '2025-09')).toBe('2025-10');
    expect(nextMonth(months, '2025-10-14')).toBe('2025-11'); // a day counts as its month
    expect(nextMonth(months, '2025-11')).toBeUndefined();
    expect(nextMonth(months, '1999-01')).toBeUndefined();
    expect(nextMonth([], undefined)).toBeUndefined();
  });
});

describe('the inspector validity line', () => {
  it('says when a fact held, and that it ended', () => {
    expect(validityText('2022', null)).toBe('valid from 2022');
    expect(validityText('2025-06', '2025-11')).toBe('valid 2025-06 – 2025-11 (ended)');
    expect(validityText(null, '2025-11')).toBe('valid until 2025-11 (ended)');
    expect(validityText(null, null)).toBe('valid time unknown');
  });

  it('gives an ending relation its date of effect, not a validity that goes on', () => {
    expect(validityText('2026-01', null, 'LIFTED_SANCTIONS_ON')).toBe('took effect 2026-01');
    expect(validityText(null, null, 'ENDED_ALLIANCE_WITH')).toBe('date of effect unknown');
    expect(validityText('2026-01', null, 'SANCTIONED')).toBe('valid from 2026-01');
  });
});

describe('the timeline validity span', () => {
  it('says "ongoing" for an open interval and shows an end when there is one', () => {
    expect(validitySpan('2025-11', null)).toBe('2025-11 – ongoing');
    expect(validitySpan('2025-11', '2026-01')).toBe('2025-11 – 2026-01');
    expect(validitySpan(null, '2026-01')).toBe('? – 2026-01');
    expect(validitySpan(undefined, undefined)).toBe('validity unknown');
  });
});
