/**
 * Title phrases read by surface order next to a name, whatever arcs the parser drew: the title
 * words right before it ("Qatar's Emir Sheikh X"), a title between commas after it ("X, Somali
 * Foreign Minister,") or before it ("The head of the Egyptian army, General X,"). Parsers
 * differ on where they hang these words; the text order does not.
 */
import type { ArticleMention } from './articleMention.ts';
import { OFFICE_WORDS } from './officeWords.ts';
import type { ParseTree } from './parseTree.ts';

/**
 * The tokens right before a name that are its title: capitalised title words ("Emir Sheikh",
 * "Foreign Minister") and the owner just before them ("Qatar's", "Somali", "UN"); undefined
 * without an office word or an owner.
 */
export function titleBefore(tree: ParseTree, person: ArticleMention, mentionAt: ReadonlyArray<ArticleMention | undefined>): number[] | undefined {
  const tokens = tree.tokens;
  const out: number[] = [];
  let k = person.first - 1;
  const sentence = tree.sentenceOf[person.head];
  const titleWord = (j: number) => !mentionAt[j] && tree.sentenceOf[j] === sentence && /^\p{Lu}[\p{L}.-]*$|^-$/u.test(tokens[j]!.text) && ['PROPN', 'NOUN', 'ADJ', 'PUNCT'].includes(tokens[j]!.pos);
  for (;;) {
    if (k >= 0 && titleWord(k)) {
      out.unshift(k--);
      continue;
    }
    // "Minister of Defence X", "Minister for the Interior X": a lowercase of / for (the) between
    // capitalised title words.
    const link = tokens[k]?.text === 'the' ? k - 1 : k;
    if (out.length && link >= 1 && ['of', 'for'].includes(tokens[link]!.text) && titleWord(link - 1)) {
      for (let j = k; j >= link; j--) out.unshift(j);
      k = link - 1;
      continue;
    }
    break;
  }
  if (!out.some((j) => OFFICE_WORDS.has(tokens[j]!.text.toLowerCase()) || OFFICE_WORDS.has(tokens[j]!.lemma.toLowerCase()))) return undefined;
  if (k >= 1 && /^['’]s?$/.test(tokens[k]!.text) && mentionAt[k - 1] && mentionAt[k - 1]!.type !== 'Person') k--;
  const owner = k >= 0 ? mentionAt[k] : undefined;
  if (!owner || owner.type === 'Person' || owner.via === 'pronoun' || tree.sentenceOf[k] !== sentence) return undefined;
  for (let j = owner.first; j <= k; j++) out.unshift(j);
  return out.sort((a, b) => a - b);
}

/** Words a title phrase is made of ("the country's defence minister", "spokeswoman for Y"). */
const TITLE_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'PART', 'CCONJ', 'NUM']);

/**
 * The tokens between the comma after a name and the next comma (or the sentence end) when
 * they are a title phrase: only nouns, adjectives, determiners and prepositions, an office
 * word among them, no other person, at most eight words.
 */
export function commaPhraseAfter(tree: ParseTree, person: ArticleMention, mentionAt: ReadonlyArray<ArticleMention | undefined>): number[] | undefined {
  const tokens = tree.tokens;
  if (tokens[person.last + 1]?.text !== ',') return undefined;
  const sentence = tree.sentenceOf[person.head];
  const out: number[] = [];
  for (let k = person.last + 2; k < tokens.length && tree.sentenceOf[k] === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.pos === 'PUNCT') break;
    if (!TITLE_PHRASE_POS.has(t.pos) || (mentionAt[k]?.type === 'Person' && mentionAt[k]!.via !== 'pronoun') || out.length >= 8) return undefined;
    out.push(k);
  }
  return titleHeaded(tree, out, mentionAt) && !['ADP', 'CCONJ', 'DET'].includes(tokens[out[out.length - 1]!]!.pos) ? out : undefined;
}

/**
 * "The head of the Egyptian army, General X, said": a title phrase that opens the sentence (or
 * follows a comma) and ends in a comma right before the name (capitalised title words between
 * them allowed), with a comma or the sentence end after the name.
 */
export function commaPhraseBefore(tree: ParseTree, person: ArticleMention, mentionAt: ReadonlyArray<ArticleMention | undefined>): number[] | undefined {
  const tokens = tree.tokens;
  const sentence = tree.sentenceOf[person.head];
  let k = person.first - 1;
  // In a list of names ("lawmakers from Ireland, A and B, endorsed"), from the first name to the last.
  const inList = (j: number) => j >= 1 && (tokens[j]!.text === 'and' || tokens[j]!.text === ',') && mentionAt[j - 1]?.type === 'Person' && mentionAt[j - 1]!.via !== 'pronoun' && mentionAt[j - 1] !== person;
  while (inList(k)) k = mentionAt[k - 1]!.first - 1;
  while (k >= 0 && /^\p{Lu}/u.test(tokens[k]!.text) && !mentionAt[k] && ['PROPN', 'NOUN'].includes(tokens[k]!.pos)) k--;
  let end = person.last;
  while (['and', ','].includes(tokens[end + 1]?.text ?? '') && mentionAt[end + 2]?.type === 'Person' && mentionAt[end + 2]!.via !== 'pronoun' && mentionAt[end + 2]!.first === end + 2) end = mentionAt[end + 2]!.last;
  const after = tokens[end + 1];
  if (tokens[k]?.text !== ',' || !after || (after.text !== ',' && tree.sentenceOf[after.i] === sentence && after.pos !== 'PUNCT')) return undefined;
  const out: number[] = [];
  for (let j = k - 1; j >= 0 && tree.sentenceOf[j] === sentence && tokens[j]!.text !== ','; j--) {
    if (!TITLE_PHRASE_POS.has(tokens[j]!.pos) || (mentionAt[j]?.type === 'Person' && mentionAt[j]!.via !== 'pronoun') || out.length >= 8) return undefined;
    out.unshift(j);
  }
  if (!out.length || ['ADP', 'CCONJ'].includes(tokens[out[0]!]!.pos)) return undefined;
  return titleHeaded(tree, out, mentionAt) ? out : undefined;
}

/**
 * Whether a phrase's head (its last noun before any preposition: "the head [of the army]",
 * "Somali Foreign Minister", "spokeswoman [for Y]") is an office word; "the president's ally"
 * is not a title.
 */
export function titleHeaded(tree: ParseTree, phrase: readonly number[], mentionAt: ReadonlyArray<ArticleMention | undefined>): boolean {
  const tokens = tree.tokens;
  const prep = phrase.findIndex((k) => tokens[k]!.pos === 'ADP');
  const beforePrep = prep > 0 ? phrase.slice(0, prep) : phrase;
  const head = [...beforePrep].reverse().find((k) => ['NOUN', 'PROPN'].includes(tokens[k]!.pos));
  return head !== undefined && !mentionAt[head] && (OFFICE_WORDS.has(tokens[head]!.lemma.toLowerCase()) || OFFICE_WORDS.has(tokens[head]!.text.toLowerCase()));
}
