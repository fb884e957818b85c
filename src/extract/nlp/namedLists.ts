/**
 * Where a name starts and ends when the NER did not say: a capitalised list before a group noun
 * ("the Boycott, Divestment, and Sanctions movement") and a token that opens a name.
 */
import type { ArticleMention } from './articleMention.ts';
import type { ParseTree } from './parseTree.ts';

/** Name labels of the NER that the mention finder reads. */
export const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);

/**
 * The first token of a capitalised list right before noun i ("Boycott, Divestment, Sanctions
 * movement", "Black Lives Matter movement"): capitalised words, with commas and "and" between
 * them, none a mention; undefined when there are fewer than two words.
 */
export function namedListStart(tree: ParseTree, i: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): number | undefined {
  const tokens = tree.tokens;
  let first: number | undefined;
  let words = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const word = (j: number) => /^\p{Lu}[\p{L}-]*$/u.test(tokens[j]?.text ?? '') && ['PROPN', 'NOUN', 'VERB'].includes(tokens[j]!.pos) && !mentionAt[j] && tree.sentenceOf[j] === tree.sentenceOf[i] && tokens[j]!.start > tree.parse.sentences[tree.sentenceOf[i]!]![0];
    if (word(k)) {
      first = k;
      words++;
    } else if (first !== undefined && (t.text === ',' || t.lemma === 'and') && (word(k - 1) || (tokens[k - 1]?.text === ',' && word(k - 2)))) continue;
    else break;
  }
  return words >= 2 ? first : undefined;
}

/** A token that opens a name ("the militant group [Jaish] al-Nur"). */
export function startsName(t: { pos: string; ent: string; iob: string; text: string } | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || (t.iob === 'B' && NAME_LABELS.has(t.ent))) && !['DATE', 'TIME'].includes(t.ent);
}
