/**
 * Parser-neutral repairs of the tagger's and NER's output (and of a few arcs) before mentions
 * are read, applied by ParseTree: what one spaCy model tags or attaches differently from
 * another should not decide a fact. Each repair is a general case of English with its own test
 * (tests/unit/nlpParseRepairs.test.ts):
 * - a lone lower-case noun tagged as a name is none ("solidarity" as ORG);
 * - a lower-case PROPN outside a name is a noun; a capitalised word tagged X is a PROPN;
 * - untagged proper nouns ending in a kind of body ("... Front") are an ORG name, and so are
 *   the words a bracketed acronym spells ("Al-Qaeda in the Arabian Peninsula (AQAP)");
 * - the proper nouns right after a title's portfolio are the holder's name ("Minister of
 *   Defence Guido Crosetto", whichever span the NER drew over them);
 * - an infinitive right after a noun of intent is that noun's ("threats by X to attack Y");
 * - a progressive read as a noun after "be" is the verb ("X, who is in Doha meeting with Y").
 */
import type { ParsedToken } from '../../nlp/parseTypes.ts';
import { OFFICE_WORDS, portfoliosAfter } from './officeWords.ts';
import { kindFromName } from './organisationKinds.ts';
import { triggersFor } from './triggerLexicon.ts';

/** Name labels the mention finder reads. */
const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);

/**
 * Clears one-word name spans that are a lower-case common noun (in place). (Longer lower-case
 * spans are left alone: clearing them all was measured worse on the held-out articles.)
 */
export function dropLowerCaseNames(tokens: ParsedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.iob !== 'B' || !NAME_LABELS.has(t.ent)) continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.iob === 'I') last++;
    const span = tokens.slice(i, last + 1);
    if (span.length === 1 && t.pos === 'NOUN' && !/\p{Lu}/u.test(t.text)) Object.assign(t, { ent: '', iob: 'O' });
    i = last;
  }
}

/**
 * Untagged proper nouns whose last word names a kind of body ("Popular Defence Front",
 * "National Unity Party") are an organisation's name: tagged ORG, so they are read like any
 * other name (one model tags them, another leaves them bare).
 */
export function tagOrganisationNames(tokens: ParsedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isBareProperNoun(tokens[i]!)) continue;
    let last = i;
    while (last + 1 < tokens.length && isBareProperNoun(tokens[last + 1]!) && tokens[last + 1]!.start <= tokens[last]!.end + 1) last++;
    const words = tokens.slice(i, last + 1).map((k) => k.text);
    if (words.length >= 2 && kindFromName(words.join(' ')) && kindFromName(words[words.length - 1]!)) {
      for (let k = i; k <= last; k++) Object.assign(tokens[k]!, { ent: 'ORG', iob: k === i ? 'B' : 'I' });
    }
    i = last;
  }
}

function isBareProperNoun(t: ParsedToken): boolean {
  return t.pos === 'PROPN' && !t.ent && /^\p{Lu}[\p{L}'’-]*$/u.test(t.text);
}

/** Lower-case words inside names ("Jaish al-Nur", "Osama bin Laden"): not common nouns. */
const NAME_PARTICLES = new Set('al el bin ibn ben abu van von der den del della de da di du la le dos das ter'.split(' '));

/**
 * A lower-case word tagged as a proper noun outside any name ("the Dublin city council" with
 * "council" as PROPN) is a common noun: tagged NOUN (NN / NNS), so the actor-noun rules see it.
 */
export function lowerCaseProperNounsAsNouns(tokens: ParsedToken[]): void {
  for (const t of tokens) {
    if (t.pos !== 'PROPN' || t.ent || !/^\p{Ll}{3,}$/u.test(t.text) || NAME_PARTICLES.has(t.text)) continue;
    Object.assign(t, { pos: 'NOUN', tag: t.tag === 'NNPS' ? 'NNS' : 'NN', lemma: t.lemma.toLowerCase() });
  }
}

/**
 * A capitalised word the tagger could not place (POS "X", as one model tags "Sana'a") is read
 * as a proper noun, so the gazetteer and the name rules see it.
 */
export function unknownCapitalisedAsProperNouns(tokens: ParsedToken[]): void {
  for (const t of tokens) if (t.pos === 'X' && /^\p{Lu}[\p{L}'’-]+$/u.test(t.text)) Object.assign(t, { pos: 'PROPN', tag: 'NNP' });
}

/** Small words an acronym skips ("Al-Qaeda in the Arabian Peninsula" -> AQAP). */
const ACRONYM_SKIPS = new Set('in the of for and on de la du al el'.split(' '));

/**
 * "Al-Qaeda in the Arabian Peninsula (AQAP)": a name followed by its acronym in brackets is one
 * organisation's name, however the NER cut it (one model tags an ORG and a LOC): the words
 * whose initials spell the acronym are tagged as one ORG span.
 */
export function namesBeforeAcronyms(tokens: ParsedToken[]): void {
  for (let k = 2; k + 1 < tokens.length; k++) {
    const acronym = tokens[k]!.text;
    if (tokens[k - 1]!.text !== '(' || tokens[k + 1]!.text !== ')' || !/^[A-Z]{2,6}$/.test(acronym)) continue;
    let initials = '';
    for (let first = k - 2; first >= 0 && k - first <= 12; first--) {
      const t = tokens[first]!;
      if (t.text === '-' || ACRONYM_SKIPS.has(t.text)) continue;
      if (!/^\p{Lu}/u.test(t.text)) break;
      initials = t.text.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase()).join('') + initials;
      if (initials === acronym) {
        // Only a name the NER cut or left out: one whose words are not a single tagged span already.
        const span = tokens.slice(first, k - 1);
        if (span.some((x) => x.iob === 'B' && x.i !== first) || span.some((x) => !x.ent)) for (const x of span) Object.assign(x, { ent: 'ORG', iob: x.i === first ? 'B' : 'I' });
        break;
      }
      if (initials.length >= acronym.length) break;
    }
  }
}

/** Most words of a name after a title. */
const MAX_NAME_WORDS = 4;

/**
 * "Minister of Defence Guido Crosetto", "Minister for Foreign Affairs Penny Wong", "Secretary of
 * State for Defence X": the capitalised proper nouns right after a title's portfolio are the
 * holder's name. Models tag them as part of an ORG with the portfolio ("Defence Guido
 * Crosetto"), leave the first name out of the PERSON ("Penny | Wong") or tag nothing: the name is
 * tagged PERSON and the title untagged, so the title reads as a title and the person as one name.
 */
export function namesAfterPortfolios(tokens: ParsedToken[]): void {
  const capitalised = (t: ParsedToken | undefined) => !!t && t.pos === 'PROPN' && /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!OFFICE_WORDS.has(tokens[i]!.text.toLowerCase())) continue;
    const portfolio = portfoliosAfter(tokens, i);
    if (portfolio === undefined) continue;
    const first = portfolio + 1;
    let last = portfolio;
    while (last + 1 < tokens.length && last + 1 - first < MAX_NAME_WORDS && capitalised(tokens[last + 1]) && ['', 'PERSON', 'ORG'].includes(tokens[last + 1]!.ent)) last++;
    // A name goes on to the end of the run of proper nouns; a longer run is something else.
    if (last < first || capitalised(tokens[last + 1])) continue;
    // The title's words are no name, nor part of one (an ORG over "Minister of Defence X").
    for (let k = i; k < first; k++) if (tokens[k]!.ent && (k > i || tokens[k + 1]!.iob === 'I')) Object.assign(tokens[k]!, { ent: '', iob: 'O' });
    for (let k = first; k <= last; k++) Object.assign(tokens[k]!, { ent: 'PERSON', iob: k === first ? 'B' : 'I' });
    // A PERSON span that went on past the name (into the next word) starts afresh there.
    if (tokens[last + 1]?.iob === 'I') tokens[last + 1]!.iob = 'B';
    i = last;
  }
}

/** Nouns of intent whose infinitive says what is intended ("threats by X to attack Y"). */
const INTENT_NOUNS = new Set('threat plan pledge promise vow attempt bid decision call order offer request effort move intention commitment warning demand appeal'.split(' '));

/**
 * "in response to threats by X to attack Y": an infinitive right after a noun of intent belongs
 * to that noun (acl), whatever verb the parser hung it on; the frame rules read it from there.
 * Changes heads, so it runs before the tree's child lists are built.
 */
export function infinitivesOfIntentNouns(tokens: ParsedToken[]): void {
  const heads = (k: number) => {
    const out: number[] = [];
    for (let j = k, n = 0; tokens[j]!.head !== j && n < 50; n++) out.push((j = tokens[j]!.head));
    return out;
  };
  for (const v of tokens) {
    if (v.pos !== 'VERB' || !['advcl', 'xcomp', 'ccomp'].includes(v.dep) || v.i < 2) continue;
    const to = tokens[v.i - 1]!;
    if (to.text.toLowerCase() !== 'to' || to.head !== v.i || tokens.some((t) => t.head === v.i && /^nsubj/.test(t.dep))) continue;
    // The noun phrase just before "to": the nearest intent noun among the ancestors of the token before it.
    const before = v.i - 2;
    const noun = [before, ...heads(before)].map((k) => tokens[k]!).find((t) => t.pos === 'NOUN' && INTENT_NOUNS.has(t.lemma.toLowerCase()));
    if (!noun || noun.i > v.i || heads(noun.i).includes(v.i) || v.head === noun.i) continue;
    // Only when everything between the noun and "to" hangs below the noun (its own phrase).
    let inside = true;
    for (let k = noun.i + 1; k < v.i - 1; k++) if (k !== noun.i && !heads(k).includes(noun.i)) inside = false;
    if (inside) Object.assign(v, { head: noun.i, dep: 'acl' });
  }
}

/**
 * "X, who is in Doha meeting with Y": a progressive verb the tagger read as a noun (an "-ing"
 * word as the predicate of "be", with a preposition and no determiner) is the verb, and "be"
 * its auxiliary. Only for a person-like subject (a pronoun or a name), so "the problem is
 * funding for X" stays a noun. Changes heads, so it runs before the child lists are built.
 */
export function progressivesReadAsNouns(tokens: ParsedToken[]): void {
  const kids = (k: number) => tokens.filter((t) => t.head === k && t.i !== k);
  for (const n of tokens) {
    if (n.pos !== 'NOUN' || n.tag !== 'NN' || !/^[a-z]{3,}ing$/.test(n.text) || n.dep !== 'attr') continue;
    const be = tokens[n.head]!;
    if (be.lemma.toLowerCase() !== 'be' || be.i > n.i) continue;
    const own = kids(n.i);
    if (own.some((c) => ['det', 'poss', 'amod'].includes(c.dep)) || !own.some((c) => c.dep === 'prep')) continue;
    const subject = kids(be.i).find((c) => /^nsubj/.test(c.dep));
    if (!subject || !(subject.pos === 'PROPN' || (subject.pos === 'PRON' && /^(?:who|he|she|they|it|we|i)$/i.test(subject.text)))) continue;
    const stem = n.text.slice(0, -3);
    const lemma = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find((c) => triggersFor(c).length) ?? stem;
    for (const c of kids(be.i)) if (c.i !== n.i) c.head = n.i;
    Object.assign(n, { pos: 'VERB', tag: 'VBG', lemma, head: be.head === be.i ? n.i : be.head, dep: be.head === be.i ? 'ROOT' : be.dep });
    Object.assign(be, { head: n.i, dep: 'aux' });
  }
}
