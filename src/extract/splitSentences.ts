/** A sentence of the article with its character offsets in the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** 0-based index of the line (paragraph) it comes from. */
  paragraph: number;
}

// Tokens ending in a period that do not end a sentence.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Prof|St|Jr|Sr|vs|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Co|Corp|Ltd)|\b[A-Z](?:\.[A-Z])*)\.$/;

/**
 * Splits text into sentences: every line is a paragraph, and within a line a sentence ends at
 * `.`, `!` or `?` (plus closing quotes) followed by a space and an upper-case letter or an
 * opening quote, unless the period closes an abbreviation or an initial ("U.S.", "Gen.").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boundary = /[.!?]+["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
    let from = 0;
    let m: RegExpExecArray | null;
    const push = (a: number, b: number) => {
      const raw = line.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) out.push({ text: trimmed, start: lineStart + a + lead, end: lineStart + a + lead + trimmed.length, paragraph });
    };
    while ((m = boundary.exec(line))) {
      const endOfSentence = m.index + m[0].trimEnd().length;
      const before = line.slice(from, m.index + 1);
      if (m[0].startsWith('.') && ABBREVIATIONS.test(before.trimEnd())) continue;
      push(from, endOfSentence);
      from = m.index + m[0].length;
    }
    push(from, line.length);
    if (line.trim()) paragraph += 1;
    lineStart += line.length + 1;
  }
  return out;
}
