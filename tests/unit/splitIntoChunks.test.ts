import { describe, expect, it } from 'vitest';
import { splitIntoChunks } from '../../src/extract/splitIntoChunks.ts';

describe('splitIntoChunks', () => {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: ${'word '.repeat(15).trim()}.`);
  const text = paragraphs.join('\n\n');

  it('keeps a text that fits in one piece', () => {
    expect(splitIntoChunks(text, text.length)).toEqual([{ text, start: 0 }]);
  });

  it('cuts on paragraph boundaries, within the size, with one paragraph of overlap, covering everything', () => {
    const chunks = splitIntoChunks(text, 300);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(300);
      expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
      expect(paragraphs).toContain(c.text.split('\n\n')[0]);
    }
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.text.split('\n\n')[0]).toBe(chunks[i - 1]!.text.split('\n\n').at(-1));
    for (const p of paragraphs) expect(chunks.some((c) => c.text.includes(p))).toBe(true);
  });

  it('cuts a paragraph longer than the size on sentence ends', () => {
    const long = Array.from({ length: 20 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const chunks = splitIntoChunks(long, 100);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(100);
      expect(c.text).toMatch(/^Sentence number \d+ is here\..*\.$/);
    }
    expect(chunks.map((c) => c.text).join(' ')).toBe(long);
  });
});
