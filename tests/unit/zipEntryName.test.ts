import { describe, expect, it } from 'vitest';
import { zipEntryName } from '../../src/importers/gdelt/gdeltSources.ts';

describe('zip entry names', () => {
  it('takes the base name, whatever folders or parent steps the stored name has', () => {
    expect(zipEntryName(Buffer.from('../../tmp/events.export.CSV'), true)).toBe('events.export.CSV');
    expect(zipEntryName(Buffer.from('/etc/passwd.csv'), true)).toBe('passwd.csv');
    expect(zipEntryName(Buffer.from('..\\..\\win.csv'), false)).toBe('win.csv');
    expect(zipEntryName(Buffer.from('20170701.export.CSV'), false)).toBe('20170701.export.CSV');
    expect(zipEntryName(Buffer.from('Bogotá.csv', 'utf8'), true)).toBe('Bogotá.csv');
  });

  it('skips folders and names that are empty, dots or hold control characters', () => {
    for (const name of ['dir/', '..', 'a/..', '.', '', 'evil\u0000.csv', 'line\nbreak.csv']) {
      expect(zipEntryName(Buffer.from(name), true), JSON.stringify(name)).toBeUndefined();
    }
  });
});
