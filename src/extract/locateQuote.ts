/**
 * Finds a quote in a text the way a reader would: verbatim up to typography (curly and straight
 * quotes, dashes, runs of white space), the same tolerance `ingest` grants fact files
 * (src/ingest/checkFactFile.ts foldForQuote). Returns offsets into the original text, so the
 * evidence can be cut from the article itself rather than taken from whoever quoted it.
 */

const FOLD: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-' };

interface Folded {
  text: string;
  /** Index in the original text of each folded character. */
  at: number[];
}

function fold(text: string): Folded {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += FOLD[c] ?? c;
    at.push(i);
  }
  return { text: out, at };
}

// Wrapping a quote in quote marks or ending it with an ellipsis is quoting, not changing it.
const WRAPPING = /^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$|\s*(?:\.\.\.|…)\s*$/g;

/** `[start, end]` of `quote` in `text` (from `from` on), or undefined when the text does not contain it. */
export function locateQuote(text: string, quote: string, from = 0): [number, number] | undefined {
  const haystack = fold(text);
  for (const candidate of [quote, quote.replace(WRAPPING, '').replace(WRAPPING, '')]) {
    const needle = fold(candidate).text.trim();
    if (!needle) continue;
    const start = haystack.at.findIndex((i) => i >= from);
    const index = haystack.text.indexOf(needle, Math.max(0, start));
    if (index >= 0) return [haystack.at[index]!, haystack.at[index + needle.length - 1]! + 1];
  }
  return undefined;
}
