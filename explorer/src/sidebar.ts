import type { Core } from 'cytoscape';
import { byId, h } from './dom.ts';
import { renderFilters } from './filtersPanel.ts';
import { lookOf } from './graphStyle.ts';
import type { Filters } from './viewState.ts';
import type { ViewStore } from './viewStore.ts';

/** What the sidebar's controls ask the page to do. */
export interface SidebarHandlers {
  selectNode(id: string): void;
  unhide(id: string): void;
  changeFilters(filters: Filters): void;
}

/** Redraws the sidebar from the graph on screen: filters (with counts), the entity list and the hidden entities. */
export function renderSidebar(cy: Core, store: ViewStore, truncated: boolean, handlers: SidebarHandlers): void {
  const { state, names } = store;
  const counts = new Map<string, number>();
  cy.edges().forEach((e) => {
    counts.set(e.data('relation'), (counts.get(e.data('relation')) ?? 0) + 1);
  });
  renderFilters(byId('filters'), state.filters, { counts, relationTypes: store.relationTypes, months: store.months }, handlers.changeFilters);
  const nodes = cy.nodes().sort((a, b) => String(a.data('type')).localeCompare(b.data('type')) || String(a.data('label')).localeCompare(b.data('label')));
  byId('view-summary').textContent = `${cy.nodes().length} entities, ${cy.edges().length} facts${truncated ? ' (truncated)' : ''}`;
  byId('node-list').replaceChildren(
    ...nodes.map((n) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link', 'data-entity-id': n.id(), onclick: () => handlers.selectNode(n.id()) },
          h('span', { class: 'swatch', style: `background:${lookOf(n.data('type')).color}` }),
          n.data('label'),
        ),
      ),
    ),
  );
  byId('hidden-list').replaceChildren(
    ...state.hidden.map((id) => h('li', {}, `${names.get(id) ?? id} `, h('button', { type: 'button', class: 'small', onclick: () => handlers.unhide(id) }, 'Show'))),
  );
  byId('hidden-section').hidden = state.hidden.length === 0;
}
