/**
 * Splits an article into pieces of at most `maxChars` on paragraph boundaries (a paragraph
 * longer than that on sentence ends, a sentence longer than that where it must), repeating
 * the last paragraph of a piece at the start of the next so a fact whose sentences straddle
 * the cut is seen whole at least once.
 */

/** A piece of the article and where it starts in it. */
export interface Chunk {
  text: string;
  start: number;
}

/** Paragraphs (runs of text between blank lines) as [start, end) offsets. */
function units(text: string, maxChars: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const paragraph = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
  for (const m of text.matchAll(paragraph)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end - start <= maxChars) spans.push([start, end]);
    else spans.push(...sentences(text, start, end, maxChars));
  }
  return spans;
}

/** A too-long paragraph cut on sentence ends (hard cuts only where a sentence is itself too long). */
function sentences(text: string, start: number, end: number, maxChars: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + maxChars);
    if (to < end) {
      const window = text.slice(from, to);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
      if (cut > maxChars / 4) to = from + cut + 1;
    }
    spans.push([from, to]);
    from = to;
    while (from < end && /\s/.test(text[from]!)) from++;
  }
  return spans;
}

/** The article in pieces of at most `maxChars`, with one paragraph of overlap between neighbours. */
export function splitIntoChunks(text: string, maxChars: number): Chunk[] {
  if (text.length <= maxChars) return [{ text, start: 0 }];
  const spans = units(text, maxChars);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < spans.length) {
    const first = i;
    let j = i;
    while (j + 1 < spans.length && spans[j + 1]![1] - spans[first]![0] <= maxChars) j++;
    chunks.push({ text: text.slice(spans[first]![0], spans[j]![1]), start: spans[first]![0] });
    if (j + 1 >= spans.length) break;
    // Overlap: the next piece starts with this one's last paragraph, unless that would not advance.
    i = j > first ? j : j + 1;
  }
  return chunks;
}
