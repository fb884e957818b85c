/**
 * Parser-neutral repairs of the tagger's and NER's output before mentions are read: what one
 * model tags and another does not should not decide a fact. A lone lower-case common noun tagged as a name
 * ("expressed solidarity with X", "solidarity" tagged ORG) is no name: names are capitalised.
 * (Longer lower-case spans are left alone: dropping them all was measured worse.)
 */
import type { ParsedToken } from '../../nlp/parseTypes.ts';
import { kindFromName } from './organisationKinds.ts';

/** Name labels the mention finder reads. */
const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);

/** Clears one-word name spans that are a lower-case common noun (in place). */
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
