/**
 * Quotations and their speakers: a first person inside a quotation is the speaker ("I" the
 * person, "we"/"our" the body they speak for); a third person inside it is someone else.
 */
import type { ArticleMention } from './articleMention.ts';
import { officialOf } from './mentionOwners.ts';
import type { ParseTree } from './parseTree.ts';

export const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'myself']);
export const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ourselves']);
const SPEECH_VERBS = new Set('say tell add write tweet state announce claim insist explain note declare warn argue told'.split(' '));

/** Quoted passages ("..." or “...”), within a paragraph, as character ranges. */
export function quotations(tree: ParseTree): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const text = tree.text;
  let open: number | undefined;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\n' && text[k + 1] === '\n') open = undefined;
    else if (c === '“' || (c === '"' && open === undefined)) open = k;
    else if ((c === '”' || c === '"') && open !== undefined) {
      out.push({ start: open, end: k + 1 });
      open = undefined;
    }
  }
  return out;
}

/** Who speaks a quotation: the subject of the speech verb next to it ("X said: ...", "..., X said"). */
export function speakerOf(tree: ParseTree, q: { start: number; end: number }, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention | undefined {
  let best: { m: ArticleMention; distance: number } | undefined;
  const sentences = new Set<number>();
  for (const t of tree.tokens) if (t.end > q.start - 1 && t.start < q.end + 1) sentences.add(tree.sentenceOf[t.i]!);
  for (const t of tree.tokens) {
    if (!sentences.has(tree.sentenceOf[t.i]!) || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma) || (t.start >= q.start && t.end <= q.end)) continue;
    // "X linked Y to Z saying, '...'": a participle with no subject of its own speaks with its head's.
    // ("Iran's foreign minister said": an unnamed official speaks for the body named with the title.)
    const subjectOf = (k: number) => tree.children(k, 'nsubj').map((c) => mentionAt[c.i] ?? officialOf(tree, c.i, mentionAt)).find((m) => m && ['Person', 'Organization', 'Country'].includes(m.type));
    // A participle "saying" is the main clause's: a non-person "subject" of its own is most often a
    // misread object ("released a statement boycotting X saying, '...'"), so the nearest clause
    // above with an actor subject speaks, when there is one.
    const above = (k: number): ArticleMention | undefined => {
      for (let j = k, n = 0; n < 6 && j !== tree.tokens[j]!.head; n++) {
        j = tree.tokens[j]!.head;
        if (tree.tokens[j]!.pos === 'VERB' && subjectOf(j)) return subjectOf(j);
      }
      return undefined;
    };
    const own = subjectOf(t.i);
    const participle = t.tag === 'VBG' && own?.type !== 'Person' ? above(t.i) : undefined;
    const subject = participle ?? own ?? (['advcl', 'xcomp', 'conj'].includes(t.dep) && !tree.children(t.i, 'nsubj').length ? subjectOf(t.head) : undefined);
    if (!subject) continue;
    const distance = t.start >= q.end ? t.start - q.end : q.start - t.end;
    if (!best || distance < best.distance) best = { m: subject, distance };
  }
  return best?.m;
}

