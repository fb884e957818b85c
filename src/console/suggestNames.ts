import { distance } from 'fastest-levenshtein';

/** The candidates closest to a mistyped name (edit distance, or containing it), best first. */
export function suggestNames(name: string, candidates: readonly string[], max = 3): string[] {
  const wanted = name.toLowerCase();
  return candidates
    .map((c) => ({ c, d: c.includes(wanted) || wanted.includes(c) ? 0 : distance(wanted, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}
