/** The key a surface form is looked up by: accents stripped, lower case, no leading "the", no dots in acronyms. */
export function normalizeSurface(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?=\s|$)/g, '$1')
    .replace(/^the\s+/, '')
    .replace(/['\s]s$/, '')
    .replace(/[^a-z0-9.'&-]+/g, ' ')
    .trim();
}
