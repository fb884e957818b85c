import { distance } from 'fastest-levenshtein';
import { normalizeAlias } from '../model/aliasKeys.ts';

/** An entity's searchable names, as cypher/queries/api/search-candidates.cypher returns them. */
export interface SearchCandidate {
  id: string;
  name: string;
  aliases: string[];
  aliasKeys: string[];
}

/** How names and queries are compared: the entity registry's alias key (lower case, no accents, punctuation folded). */
export const searchKey = normalizeAlias;

/** Edits allowed for a word of this length: none for short words, 1 up to 5 letters, 2 beyond. */
function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/** How well `query` (a search key) matches one name key: 1 exact, then prefix, word prefix, substring, typo. */
export function matchScore(query: string, key: string): number {
  if (!query || !key) return 0;
  if (key === query) return 1;
  if (key.startsWith(query)) return 0.9;
  const words = key.split(' ');
  if (words.some((w) => w.startsWith(query))) return 0.85;
  if (key.includes(query)) return 0.7;
  // Typo tolerance: compare with the whole key and with each run of as many words as the query has.
  const n = query.split(' ').length;
  // A typo of the whole name ranks above a typo of one of its words, which ranks above a typo in a prefix.
  const spans = [key, ...words.map((_, i) => words.slice(i, i + n).join(' '))];
  let best = 0;
  spans.forEach((span, i) => {
    const d = distance(query, span);
    const length = Math.max(query.length, span.length);
    if (d > 0 && d <= allowedEdits(length)) best = Math.max(best, (i === 0 ? 0.8 : 0.7) * (1 - d / length));
    // A prefix with a typo ("colmb" for "colombia").
    const dp = distance(query, span.slice(0, query.length));
    if (query.length >= 4 && dp > 0 && dp <= allowedEdits(query.length)) best = Math.max(best, 0.5 * (1 - dp / query.length));
  });
  return Number(best.toFixed(4));
}

/** Ranks candidates against a query (best first, ties by name), keeping those that match at all. */
export function rankSearchHits(query: string, candidates: SearchCandidate[], first: number): { id: string; score: number }[] {
  const q = searchKey(query);
  return candidates
    .map((c) => {
      const keys = new Set([searchKey(c.name), ...c.aliases.map(searchKey), ...c.aliasKeys.map(searchKey)]);
      let score = 0;
      for (const key of keys) score = Math.max(score, matchScore(q, key));
      return { id: c.id, name: c.name, score };
    })
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, first)
    .map(({ id, score }) => ({ id, score }));
}
