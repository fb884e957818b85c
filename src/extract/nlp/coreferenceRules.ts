/**
 * Coreference rules over the mentions found so far: definite descriptions ("the militia",
 * "this group, X,", "the president"), a pleonastic "it", a lone word of a person's full name.
 */
import type { EntityTable } from '../entityTable.ts';
import type { KnownEntity } from '../types.ts';
import type { ArticleMention } from './articleMention.ts';
import { TITLE_START } from './entityTyping.ts';
import type { ParseTree } from './parseTree.ts';

/** Verbs of a pleonastic "it" ("it appears that"). */
export const PLEONASTIC_VERBS = new Set('appear seem emerge happen transpire'.split(' '));

/** Descriptions of an armed group: "the militia", "the rebels", "the group" after a named armed group. */
export const ARMED_DESCRIPTIONS = new Set('militia rebel militant insurgent group'.split(' '));

/**
 * The organisation a definite description refers back to: the latest one named (not itself a
 * description) whose name has the description's head noun ("the ministry" -> "Interior
 * Ministry"), or, for descriptions of an armed group, the latest armed group; "the group"
 * falls back to the latest named organisation of any kind.
 */
export function definiteAntecedent(lemma: string, mentions: readonly ArticleMention[], table: EntityTable): ArticleMention | undefined {
  const named = [...mentions].reverse().filter((m) => m.type === 'Organization' && (m.via === 'name' || m.via === 'short'));
  const byName = named.find((m) => new RegExp(`\\b${lemma}`, 'i').test(table.get(m.id)?.name ?? ''));
  if (byName) return byName;
  if (!ARMED_DESCRIPTIONS.has(lemma)) return undefined;
  const armed = named.find((m) => table.get(m.id)?.kind === 'armed_group');
  return armed ?? (lemma === 'group' ? named.find((m) => !['government', 'international'].includes(table.get(m.id)?.kind ?? '')) : undefined);
}

/** "this group, Al-Nahar Front, ...": the description has a name in apposition, which stands for it. */
export function hasNamedApposition(tree: ParseTree, i: number): boolean {
  return tree.children(i, 'appos').some((a) => a.pos === 'PROPN' || a.ent !== '');
}

/** "it appears that ...", "it is likely that/to ...": the verb of a pleonastic "it". */
export function isPleonastic(tree: ParseTree, verb: number): boolean {
  const v = tree.tokens[verb]!;
  const clause = tree.children(verb, 'ccomp', 'xcomp').some((c) => c.i > verb);
  if (PLEONASTIC_VERBS.has(v.lemma)) return tree.children(verb, 'ccomp').some((c) => c.i > verb);
  return v.lemma === 'be' && clause && tree.children(verb, 'acomp', 'attr').length > 0;
}

/**
 * A person named in full earlier whose name has this word ("Ban" after "Ban Ki-moon": family
 * names come first in some languages, so the short name is not always the last word). The
 * latest such person; none for a title or a one-letter word.
 */
export function personByNamePart(table: EntityTable, word: string): KnownEntity | undefined {
  if (word.length < 2 || TITLE_START.test(word) || !/^\p{Lu}/u.test(word)) return undefined;
  const persons = [...table.used.values()].filter((e) => e.type === 'Person' && e.name.split(/\s+/).length > 1 && e.name.split(/\s+/).includes(word));
  return persons.length === 1 ? table.get(persons[0]!.id) : undefined;
}

/**
 * The latest person (named, within four sentences before token i) whose name has the title word
 * right before it or in the phrase just after it ("President X", "X, the defence minister,").
 */
export function titledPerson(tree: ParseTree, i: number, lemma: string, mentions: readonly ArticleMention[]): ArticleMention | undefined {
  const tokens = tree.tokens;
  const has = (a: number, b: number, sentence: number) => {
    for (let k = Math.max(0, a); k <= Math.min(tokens.length - 1, b); k++) if (tree.sentenceOf[k] === sentence && tokens[k]!.lemma.toLowerCase() === lemma) return true;
    return false;
  };
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n]!;
    if (m.first >= i || tree.sentenceOf[m.head]! < tree.sentenceOf[i]! - 4) continue;
    if (m.type !== 'Person' || (m.via !== 'name' && m.via !== 'short')) continue;
    const sentence = tree.sentenceOf[m.head]!;
    if (has(m.first - 4, m.first - 1, sentence) || (tokens[m.last + 1]?.text === ',' && has(m.last + 2, m.last + 6, sentence))) return m;
  }
  return undefined;
}
