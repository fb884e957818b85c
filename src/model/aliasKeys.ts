import { ENTITY_TYPES } from './vocabulary.ts';

/**
 * The resolution key of a surface form: lower-case, accents stripped, dots and apostrophes
 * dropped ("U.S." = "US"), other punctuation folded to spaces, a leading "the" dropped.
 */
export function normalizeAlias(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Every resolution key of an entity: its name and aliases, normalised, without duplicates. */
export function aliasKeysOf(entity: { name: string; aliases?: readonly string[] }): string[] {
  const forms = [entity.name, ...(entity.aliases ?? [])];
  return [...new Set(forms.map(normalizeAlias).filter(Boolean))];
}

/** The key of an `(:AliasKey)` node: resolution never crosses entity types ("Country:ruritania"). */
export function typedKey(type: string, key: string): string {
  return `${type}:${key}`;
}

/** The typed keys a bare reference may match: its normalised form under every entity type. */
export function keysOfAnyType(surface: string): string[] {
  const key = normalizeAlias(surface);
  return key ? ENTITY_TYPES.map((t) => typedKey(t, key)) : [];
}
