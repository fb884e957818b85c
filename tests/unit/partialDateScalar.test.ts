import { describe, expect, it } from 'vitest';
import { PartialDateScalar } from '../../src/api/scalars/PartialDate.ts';

describe('PartialDate scalar', () => {
  it('accepts YYYY, YYYY-MM and real days as input, and refuses impossible days', () => {
    expect(PartialDateScalar.parseValue('2025')).toBe('2025');
    expect(PartialDateScalar.parseValue('2025-10')).toBe('2025-10');
    expect(PartialDateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => PartialDateScalar.parseValue('2025-02-30')).toThrow(/a real day.*"2025-02-30"/);
    expect(() => PartialDateScalar.parseValue('2025-13')).toThrow(/PartialDate must be/);
    expect(() => PartialDateScalar.parseValue(2025)).toThrow(/PartialDate must be/);
  });

  it('serializes stored dates by their pattern (they were checked on the way in) and refuses anything else', () => {
    expect(PartialDateScalar.serialize('2025-10-03')).toBe('2025-10-03');
    expect(PartialDateScalar.serialize('2025')).toBe('2025');
    expect(() => PartialDateScalar.serialize('03/10/2025')).toThrow(/PartialDate must be/);
    expect(() => PartialDateScalar.serialize(20251003)).toThrow(/PartialDate must be/);
  });
});
