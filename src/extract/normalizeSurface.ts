import { normalizeAlias } from '../model/aliasKeys.ts';

/**
 * The key a surface form is looked up by: the project's one normaliser (normalizeAlias: accents
 * stripped, lower case, dots and apostrophes dropped, no leading "the"), after dropping a
 * possessive "'s" ("Petro's" names Petro).
 */
export function normalizeSurface(text: string): string {
  return normalizeAlias(text.replace(/['’‘`]s$/, '').replace(/[“”"]/g, ''));
}
