/**
 * Institutions of a state named without their state: "the Foreign Ministry", "the Ministry of
 * Defence", "the Supreme Court", "Turkey's Interior Ministry", "the Health Ministry of Chad".
 * Such a name is the institution of the country it names, else of the country that owns the
 * noun in the parse ("Turkish", "Turkey's"), else of the article's main country so far; it is
 * named with that country's demonym ("Turkish Foreign Ministry", so two articles' foreign
 * ministries stay two nodes) and is PART_OF the country.
 */
import type { EntityTable } from '../entityTable.ts';
import type { KnownEntity } from '../types.ts';
import type { ParseTree } from './parseTree.ts';

/** Names of state institutions, once the state is taken off. */
const INSTITUTION = new RegExp(
  '^(?:' +
    [
      "(?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+ )?Ministry(?: of (?:the )?[A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+)*)?",
      'Ministry',
      '(?:Supreme|Constitutional|High) Court',
      'Central Bank',
      'National Assembly',
      'Parliament',
      'Senate',
      'Cabinet',
      '(?:Armed|Defen[cs]e|Security) Forces',
      'Army',
      'Navy',
      'Air Force',
      'Coast Guard',
      '(?:National |Federal )?Police',
      'Presidency',
      '(?:Central |National |Independent )?(?:Election|Electoral) Commission',
      'Foreign Office',
    ].join('|') +
    ')$',
);

/** The institution and its country, when first..last (an ORG span) names a state institution. */
export function stateInstitution(
  tree: ParseTree,
  first: number,
  last: number,
  table: EntityTable,
  ownerOfHead: () => KnownEntity | undefined,
  mainCountry: () => KnownEntity | undefined,
): { entity: KnownEntity; country: KnownEntity } | undefined {
  const tokens = tree.tokens;
  const span = (a: number, b: number) => tree.text.slice(tokens[a]!.start, tokens[b]!.end);
  const countryAt = (k: number): KnownEntity | undefined => {
    const t = tokens[k]!.text;
    const c = table.demonyms.get(t) ?? table.resolve(t);
    return c?.type === 'Country' ? c : undefined;
  };
  let a = first;
  let b = last;
  while (a < b && /^the$/i.test(tokens[a]!.text)) a++;
  // "Turkish Foreign Ministry", "Turkey's Foreign Ministry", "Foreign Ministry of Turkey".
  let country = countryAt(a);
  if (country) {
    a++;
    if (/^['’]s?$/.test(tokens[a]?.text ?? '')) a++;
  } else if (b - 2 >= a && tokens[b - 1]!.lemma === 'of' && countryAt(b)) {
    country = countryAt(b);
    b -= 2;
  }
  if (a > b || !INSTITUTION.test(span(a, b))) return undefined;
  country ??= ownerOfHead() ?? mainCountry();
  if (!country) return undefined;
  const demonym = [...table.demonyms].find(([d, e]) => e.id === country!.id && /^\p{Lu}\p{Ll}/u.test(d))?.[0];
  // One name however the article puts it: "Health Ministry of Chad" = "Chadian Health Ministry".
  const name = `${demonym ?? country.name} ${span(a, b)}`;
  return { entity: table.resolveOrCreate(name, 'Organization', name, 'government'), country };
}
