import { gql, describeError } from './api.ts';
import { h } from './dom.ts';
import type { EntityType } from './generated/operations.ts';
import { SEARCH, type SearchHit } from './queries.ts';

type Suggestion = SearchHit['entity'];

/** A search field with suggestions (attachSearchBox's result). */
export interface SearchBox {
  clear(): void;
  /** Shows an entity as picked (the path fields, a view restored from the URL). */
  set(entity: { id: string; name: string }): void;
}
import { lookOf } from './graphStyle.ts';

/** Options of one search field with suggestions. */
export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** The entity types to search in (empty = all). */
  types: () => EntityType[];
  onPick: (entity: Suggestion) => void;
}

/**
 * Turns an input and a list into an accessible combobox: suggestions from the API's
 * typo-tolerant search as you type, arrow keys to move, Enter to pick, Escape to close.
 */
export function attachSearchBox({ input, list, types, onPick }: SearchBoxOptions): SearchBox {
  let hits: Suggestion[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | undefined;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.autocomplete = 'off';
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (entity: Suggestion) => {
    close();
    input.value = entity.name;
    input.dataset.entityId = entity.id;
    onPick(entity);
  };
  const show = (message?: string) => {
    list.replaceChildren(
      ...(message
        ? [h('li', { class: 'suggestion-note', role: 'option', 'aria-disabled': 'true' }, message)]
        : hits.map((entity, i) => {
            const query = input.value.trim().toLowerCase();
            const alias = entity.aliases.find((a) => a.toLowerCase().includes(query) && !entity.name.toLowerCase().includes(query));
            return h(
              'li',
              {
                id: `${list.id}-${i}`,
                role: 'option',
                class: i === active ? 'suggestion active' : 'suggestion',
                'aria-selected': i === active ? 'true' : 'false',
                'data-entity-id': entity.id,
                onmousedown: (e: Event) => {
                  e.preventDefault(); // keep focus in the input
                  pick(entity);
                },
              },
              h('span', { class: 'swatch', style: `background:${lookOf(entity.type).color}` }),
              h('span', { class: 'suggestion-name' }, entity.name),
              h('span', { class: 'suggestion-type' }, entity.kind ? `${entity.type} · ${entity.kind}` : entity.type),
              alias ? h('span', { class: 'suggestion-alias' }, `aka ${alias}`) : null,
            );
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const lookup = async () => {
    const query = input.value.trim();
    controller?.abort();
    if (query.length < 2) return close();
    controller = new AbortController();
    try {
      const selected = types();
      const data = await gql(SEARCH, { query, types: selected.length ? selected : null }, controller.signal);
      hits = data.search.map((hit) => hit.entity);
      active = hits.length ? 0 : -1;
      show(hits.length ? undefined : `No entity matches “${query}”.`);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      hits = [];
      show(describeError(error));
    }
  };

  input.addEventListener('input', () => {
    delete input.dataset.entityId;
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit && !list.hidden) pick(hit);
      else void lookup();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  close();
  return {
    clear: () => {
      input.value = '';
      delete input.dataset.entityId;
      close();
    },
    set: (entity) => {
      input.value = entity.name;
      input.dataset.entityId = entity.id;
    },
  };
}
