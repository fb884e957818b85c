import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/extract/locateQuote.ts';

describe('locateQuote', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said the sanctions were "illegal"\nand accused the EU — again — of prolonging the war.';

  it('finds a verbatim quote and returns offsets into the text', () => {
    const [s, e] = locateQuote(text, 'Dmitry Peskov said')!;
    expect(text.slice(s, e)).toBe('Dmitry Peskov said');
  });

  it('tolerates curly quotes, dashes and white space, and returns the text\'s own span', () => {
    const [s, e] = locateQuote(text, 'were “illegal” and accused the EU - again - of')!;
    expect(text.slice(s, e)).toBe('were "illegal"\nand accused the EU — again — of');
  });

  it('tolerates a quote wrapped in quote marks or ending in an ellipsis', () => {
    expect(locateQuote(text, '"and accused the EU — again..."')).toBeDefined();
  });

  it('does not find words the text does not contain, nor another case', () => {
    expect(locateQuote(text, 'Peskov said the sanctions were legal')).toBeUndefined();
    expect(locateQuote(text, 'dmitry peskov said')).toBeUndefined();
    expect(locateQuote(text, '   ')).toBeUndefined();
  });

  it('searches from an offset (the piece the model saw) first', () => {
    const twice = 'The EU imposed sanctions.\n\nLater: The EU imposed sanctions.';
    expect(locateQuote(twice, 'The EU imposed sanctions', 5)![0]).toBe(twice.lastIndexOf('The EU'));
  });
});
