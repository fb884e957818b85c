/**
 * Typing entities from their context rather than from the NER label alone: a person by a
 * "who" clause, an honorific or a person noun beside the name; an organisation (and its kind)
 * by a class noun before the name ("political party X", "a militia called X") or by its name
 * ("... Front"); a title's portfolio ("Secretary of State") as no entity at all.
 */
import { OFFICE_WORDS as OFFICE_NOUNS, PORTFOLIO, portfoliosAfter } from './officeWords.ts';
import type { ParseTree } from './parseTree.ts';

/** Words that open a title before a name ("President", "Foreign", "Dr."). */
export const TITLE_START = /^(?:president|prime|minister|secretary|general|gen\.|king|queen|sultan|prince|princess|ayatollah|sheikh|sheik|mr\.?|mrs\.?|ms\.?|dr\.?|colonel|col\.|senator|governor|mayor|emir|lord|chancellor|ambassador|spokesman|spokeswoman|spokesperson|foreign|defence|defense|interior|deputy)$/i;

export const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame)\.?$/i;
/** Nouns for a person in apposition: "Ana Ruiz, a farmer,", "Ana Ruiz, 34, a teacher". */
export const PERSON_NOUNS = new Set('man woman farmer teacher student resident refugee worker doctor lawyer activist journalist witness mother father son daughter brother sister husband wife'.split(' '));

/**
 * Untagged proper nouns first..last as a person's name, from its context: a "who" relative
 * clause, an honorific before it, or a person noun in apposition. Two to four capitalised words.
 */
export function looksLikePersonName(tree: ParseTree, first: number, last: number): boolean {
  const tokens = tree.tokens;
  if (last === first || last - first > 3) return false;
  for (let k = first; k <= last; k++) if (!/^\p{Lu}[\p{L}'’-]+$/u.test(tokens[k]!.text)) return false;
  if (first > 0 && HONORIFIC.test(tokens[first - 1]!.text)) return true;
  const who = tree.children(last, 'relcl').some((c) => tree.children(c.i, 'nsubj', 'nsubjpass').some((s) => /^(?:who|whom|whose)$/i.test(s.text)));
  const apposedPerson = tree.children(last, 'appos').some((a) => PERSON_NOUNS.has(a.lemma) || OFFICE_NOUNS.has(a.lemma));
  return who || apposedPerson;
}

/** Class nouns that make the name after them a body, with the kind they give ("opposition party X"). */
export const ORGANISATION_CLASSES: Record<string, string | undefined> = {
  party: 'political_party', group: undefined, movement: 'civil_society', militia: 'armed_group', organisation: undefined, organization: undefined, company: 'business', firm: 'business',
  newspaper: 'media', broadcaster: 'media', network: undefined, coalition: undefined, alliance: undefined, union: undefined, charity: 'civil_society', ngo: 'civil_society',
};

export { KIND_FROM_NAME, kindFromName } from './organisationKinds.ts';

/**
 * A span that is one of the portfolios of a title before it: "Secretary of [State]", "Minister
 * for [the Interior]", "Secretary of State for [Defence]" (placed as portfoliosAfter reads them;
 * "Chief of [Army] Staff" names a body, not a portfolio).
 */
export function isPortfolio(tree: ParseTree, first: number, last: number): boolean {
  if (!PORTFOLIO.test(tree.text.slice(tree.tokens[first]!.start, tree.tokens[last]!.end))) return false;
  for (let office = first - 2; office >= 0 && office >= first - 12; office--) {
    if (OFFICE_NOUNS.has(tree.tokens[office]!.lemma.toLowerCase()) && (portfoliosAfter(tree.tokens, office) ?? -1) >= last) return true;
  }
  return false;
}

/** Participles that name the noun they hang on: "a group called X", "a militia named X". */
export const NAMING_VERBS = new Set(['call', 'name', 'dub']);

/** "another group, called X": the head token of the name a naming participle gives noun i. */
export function calledName(tree: ParseTree, i: number): number | undefined {
  for (const acl of tree.children(i, 'acl').filter((c) => NAMING_VERBS.has(c.lemma))) {
    const name = tree.children(acl.i, 'oprd', 'attr', 'dobj').find((c) => c.pos === 'PROPN');
    if (name) return name.i;
  }
  return undefined;
}

