/**
 * Who owns a noun in the parse: the country of "Israeli forces" or "the forces of Chad", the
 * article's main country, a country's demonym, the author of a document, the whole of a part.
 */
import type { EntityTable } from '../entityTable.ts';
import type { KnownEntity } from '../types.ts';
import type { ArticleMention } from './articleMention.ts';
import type { ParseTree } from './parseTree.ts';
import { OFFICE_WORDS } from './officeWords.ts';

/** The country that owns a noun: "Israeli forces", "Somalia's government", "the forces of Chad". */
export function ownerCountry(tree: ParseTree, i: number, mentionAt: Array<ArticleMention | undefined>, table: EntityTable): KnownEntity | undefined {
  for (const c of tree.children(i, 'amod', 'compound', 'poss', 'nmod')) {
    const m = mentionAt[c.i];
    if (m?.type === 'Country') return table.get(m.id);
  }
  // "the authorities in Niamey": a state organ in a capital or country is that country's.
  const inside = ['government', 'authority', 'official', 'police', 'opposition'].includes(tree.tokens[i]!.lemma) ? ['of', 'in'] : ['of'];
  for (const p of tree.children(i, 'prep').filter((p) => inside.includes(p.lemma))) {
    for (const o of tree.children(p.i, 'pobj')) {
      if (mentionAt[o.i]?.type === 'Country') return table.get(mentionAt[o.i]!.id);
      // The owner may come later in the text than the noun (not yet a mention): look it up.
      const from = Math.min(o.i, ...tree.children(o.i, 'compound').map((c) => c.i));
      const known = mentionAt[o.i] ? undefined : table.resolve(tree.text.slice(tree.tokens[from]!.start, tree.tokens[o.i]!.end));
      if (known?.type === 'Country') return known;
    }
  }
  // "Nigeria's Chief of Army Staff": a body named inside a title is the title's owner's.
  for (let k = i, step = 0; step < 4 && ['compound', 'pobj', 'prep'].includes(tree.tokens[k]!.dep) && tree.tokens[k]!.head !== k; step++) {
    k = tree.tokens[k]!.head;
    if (!OFFICE_WORDS.has(tree.tokens[k]!.lemma.toLowerCase())) continue;
    for (const c of tree.children(k, 'amod', 'compound', 'poss', 'nmod')) if (mentionAt[c.i]?.type === 'Country') return table.get(mentionAt[c.i]!.id);
    break;
  }
  return undefined;
}

export function mainCountry(counts: ReadonlyMap<string, number>, table: EntityTable): KnownEntity | undefined {
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? table.get(top[0]) : undefined;
}

/** "Colombian" for Colombia, when the gazetteer has a demonym for it. */
export function demonymOf(country: KnownEntity, table: EntityTable): string | undefined {
  for (const [demonym, e] of table.demonyms) if (e.id === country.id && /^\p{Lu}\p{Ll}/u.test(demonym)) return demonym;
  return undefined;
}

/** The actor who wrote a document: "the EU report", "Iran's statement", "a statement by/from/of X". */
export function documentAuthor(tree: ParseTree, i: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention | undefined {
  const actor = (m: ArticleMention | undefined) => (m && ['Person', 'Country', 'Organization'].includes(m.type) ? m : undefined);
  for (const c of tree.children(i, 'compound', 'poss', 'amod', 'nmod')) if (c.i < i && actor(mentionAt[c.i])) return mentionAt[c.i];
  for (const p of tree.children(i, 'prep').filter((p) => ['by', 'from', 'of'].includes(p.lemma)))
    for (const o of tree.children(p.i, 'pobj')) if (actor(mentionAt[o.i])) return mentionAt[o.i];
  // "the council passed a resolution", "the ministry issued a statement": the issuer.
  const t = tree.tokens[i]!;
  if (t.dep === 'dobj' && ISSUE_VERBS.has(tree.head(i).lemma)) for (const s of tree.children(t.head, 'nsubj')) if (actor(mentionAt[s.i])) return mentionAt[s.i];
  return undefined;
}

/** Verbs by which an actor puts out a document. */
const ISSUE_VERBS = new Set('pass adopt issue release publish draft sign present submit send write'.split(' '));

/** The organisation or country a part noun belongs to: "wing of X", "X's wing" (X may follow: looked up). */
export function partOwner(tree: ParseTree, i: number, mentionAt: ReadonlyArray<ArticleMention | undefined>, table: EntityTable): KnownEntity | undefined {
  const whole = (k: number) => {
    const m = mentionAt[k];
    if (m) return m.via === 'pronoun' ? undefined : table.get(m.id);
    if (tree.tokens[k]!.pos !== 'PROPN') return undefined;
    const from = Math.min(k, ...tree.children(k, 'compound').map((c) => c.i));
    return table.resolve(tree.text.slice(tree.tokens[from]!.start, tree.tokens[k]!.end));
  };
  for (const c of tree.children(i, 'poss')) if (whole(c.i)) return whole(c.i);
  for (const p of tree.children(i, 'prep').filter((p) => p.lemma === 'of')) for (const o of tree.children(p.i, 'pobj')) if (whole(o.i)) return whole(o.i);
  return undefined;
}

/** The body an unnamed official (an office noun with no person in apposition) serves: "the director of X", "X's spokesman". */
export function officialOf(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention | undefined {
  const tok = tree.tokens[k]!;
  if (!OFFICE_WORDS.has(tok.lemma) || tok.pos !== 'NOUN') return undefined;
  const body = (i: number) => (mentionAt[i] && ['Organization', 'Country'].includes(mentionAt[i]!.type) ? mentionAt[i] : undefined);
  for (const c of tree.children(k, 'poss', 'compound', 'amod')) if (c.i < k && body(c.i)) return body(c.i);
  for (const p of tree.children(k, 'prep').filter((p) => ['of', 'for', 'from'].includes(p.lemma))) for (const o of tree.children(p.i, 'pobj')) if (body(o.i)) return body(o.i);
  return undefined;
}
