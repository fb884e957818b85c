type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

/** Creates an element with attributes (`on*` become listeners) and children; text is never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** The element with this id, or an error naming it (the page's HTML and code disagree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/** Relation types read better as words: SUSPENDED_INTELLIGENCE_SHARING_WITH -> "suspended intelligence sharing with". */
export function relationWords(relation: string): string {
  return relation.toLowerCase().replace(/_/g, ' ');
}

/** "2025-10" or "2022 – 2025-10" or "" for a fact's dates. */
export function dateSpan(first: string | null | undefined, last: string | null | undefined): string {
  if (!first && !last) return '';
  if (!last || first === last) return first ?? '';
  if (!first) return last;
  return `${first} – ${last}`;
}
