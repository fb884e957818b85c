import type { Mention } from './findMentions.ts';

/** A sentence with every mention replaced by a placeholder `⟦i⟧` (i = index into `mentions`). */
export interface MaskedSentence {
  masked: string;
  mentions: Mention[];
}

/** The placeholder regex source; group 1 is the mention index. */
export const P = '⟦(\\d+)⟧';
/** A placeholder without capture. */
export const PX = '⟦\\d+⟧';
/** A coordinated list of placeholders: "⟦1⟧, ⟦2⟧, and ⟦3⟧". */
// A comma-separated run only counts as a list when it ends in "and" / "or" (else it is an apposition).
export const LIST = `${PX}(?:(?:\\s*,\\s*${PX})*\\s*,?\\s*(?:and|or|as well as)\\s+${PX})?`;

/** The mention indexes in a matched piece of masked text, in order. */
export function indexes(piece: string | undefined): number[] {
  return piece ? [...piece.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1])) : [];
}

/**
 * Masks a sentence for the relation patterns: mentions become placeholders, "the" before a
 * placeholder goes, and "⟦country⟧'s ⟦person⟧" becomes the person ("Colombia's Petro").
 */
export function maskSentence(text: string, mentions: Mention[]): MaskedSentence {
  let masked = '';
  let at = 0;
  mentions.forEach((m, i) => {
    masked += `${text.slice(at, m.start)}⟦${i}⟧`;
    at = m.end;
  });
  masked += text.slice(at);
  masked = stripArticles(masked);
  // "⟦pkk⟧ (PKK)" or "⟦pkk⟧ (⟦pkk⟧)": the parenthesised acronym repeats the name.
  masked = masked.replace(/(⟦\d+⟧)\s*\((?:[^()⟦]{1,12}|⟦\d+⟧)\)/g, '$1');
  masked = masked.replace(/⟦(\d+)⟧['’]s\s+⟦(\d+)⟧/g, (all, a: string, b: string) => (mentions[Number(b)]?.type === 'Person' ? `⟦${b}⟧` : all));
  return { masked, mentions };
}

/** The masked text with placeholders replaced by their surface forms (for names and evidence). */
export function unmask(piece: string, mentions: readonly Mention[]): string {
  return piece.replace(/⟦(\d+)⟧/g, (_all, i: string) => mentions[Number(i)]?.surface ?? '');
}

/** Drops "the", "a", "an" right before placeholders, so patterns see "from ⟦3⟧". */
export function stripArticles(masked: string): string {
  return masked.replace(/\b(?:[Tt]he|[Aa]n?)\s+(?=⟦)/g, '');
}
