import { normalizeAlias } from '../model/aliasKeys.ts';

/**
 * Turns what a user typed into a Lucene query for the `entityNames` full-text index: each
 * word matches exactly (boosted), as a prefix (search-as-you-type) and, from four letters
 * on, with typos (`~`). Lucene syntax in the input is neutralised by the alias key, which
 * keeps only letters, digits and spaces. Returns undefined when nothing searchable is left.
 */
export function toFulltextQuery(query: string): string | undefined {
  const words = normalizeAlias(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((w) => {
      const clauses = [`${w}^4`, `${w}*^2`];
      if (w.length >= 4) clauses.push(`${w}~${w.length <= 5 ? 1 : 2}`);
      return `(${clauses.join(' OR ')})`;
    })
    .join(' OR ');
}
