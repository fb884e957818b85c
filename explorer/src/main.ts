// The explorer page: wires the view-state store, the graph view, the sidebar, the inspector and
// the actions together, binds the controls and keys, and loads the first view.
import type { Core } from 'cytoscape';
import { createActions } from './actions.ts';
import { createAtOddsPanel } from './atOddsPanel.ts';
import { describeError, gql } from './api.ts';
import { byId, h } from './dom.ts';
import { exportJson, exportPng } from './exportView.ts';
import { monthsBetween } from './filtersPanel.ts';
import type { EntityType, RelationType } from './generated/operations.ts';
import { createGraphView } from './graphView.ts';
import { createInspectorPanel } from './inspectorPanel.ts';
import { createLiveMode } from './liveFacts.ts';
import { createViewLoader } from './loadView.ts';
import { setPageState, showMessage } from './pageStatus.ts';
import { BOOTSTRAP } from './queries.ts';
import { attachSearchBox } from './searchBox.ts';
import { renderSidebar } from './sidebar.ts';
import { createTimeSlider } from './timeSlider.ts';
import { createViewStore } from './viewStore.ts';
import './styles.css';

const store = createViewStore();
const view = createGraphView(byId('graph'), store.names);

const typeSelect = byId<HTMLSelectElement>('search-type');
// The options are the server's own EntityType values (set in start()).
const selectedTypes = () => (typeSelect.value ? [typeSelect.value as EntityType] : []);
const mainSearch = attachSearchBox({ input: byId('search'), list: byId('search-list'), types: selectedTypes, onPick: (entity) => actions.selectEntity(entity) });
const pathBoxes = {
  from: attachSearchBox({ input: byId('path-from'), list: byId('path-from-list'), types: () => [], onPick: () => byId('path-to').focus() }),
  to: attachSearchBox({ input: byId('path-to'), list: byId('path-to-list'), types: () => [], onPick: () => byId('path-go').focus() }),
};

// The parts call each other (a sidebar click loads the graph, which redraws the sidebar), so
// each gets the others as functions, looked up when called.
const inspector = createInspectorPanel(store, () => actions.inspectorActions);
const showSidebar = (truncated: boolean) =>
  renderSidebar(view.cy, store, truncated, {
    selectNode: (id) => actions.selectNode(id),
    unhide: (id) => actions.unhide(id),
    changeFilters: (filters) => {
      store.commit({ ...store.state, filters }, 'replace');
      void loader.loadGraph();
    },
  });
const loader = createViewLoader({
  store,
  view,
  inspector,
  pathBoxes,
  renderSidebar: showSidebar,
  selectEntity: (entity) => actions.selectEntity(entity),
  inspectorActions: () => actions.inspectorActions,
});
const actions = createActions({ store, view, inspector, mainSearch, pathBoxes, loadGraph: loader.loadGraph, renderSidebar: showSidebar });
// Live mode (on by default): new facts for the entities in view come in highlighted.
const liveToggle = byId<HTMLInputElement>('live');
const live = createLiveMode({ store, view, enabled: liveToggle.checked, changed: () => showSidebar(false), reload: () => void loader.loadGraph() });
liveToggle.addEventListener('change', () => live.setEnabled(liveToggle.checked));
const timeSlider = createTimeSlider(store, (asOf) => {
  store.commit({ ...store.state, asOf }, 'replace');
  // Month to month the nodes keep their places: what starts to hold comes in beside its neighbours.
  return loader.loadGraph({ keepPositions: true });
});
createAtOddsPanel({ store, view, inspector, loadGraph: loader.loadGraph, inspectorActions: () => actions.inspectorActions });

// A change of renderer replaces the graph (graphView.ts): the handlers are bound to each one.
view.onGraph((cy) => {
  cy.on('tap', 'node', (e) => actions.selectNode(e.target.id()));
  cy.on('tap', 'edge', (e) => {
    cy.elements().unselect();
    e.target.select();
    void inspector.showPair(e.target.data('source'), e.target.data('target'), e.target.id());
  });
  cy.on('dbltap', 'node', (e) => actions.expand(e.target.id()));
});

const zoomBy = (factor: number) => view.cy.zoom({ level: view.cy.zoom() * factor, renderedPosition: { x: view.cy.width() / 2, y: view.cy.height() / 2 } });
/** Exports only a view that has something in it (an empty canvas has no PNG to give). */
const exportView = (write: (target: Core) => unknown) => {
  if (view.cy.elements().empty()) showMessage('info', 'Nothing to export yet: search for an entity first.');
  else void write(view.cy);
};
byId('path-go').addEventListener('click', actions.findPath);
byId('path-clear').addEventListener('click', actions.clearPath);
byId('fit').addEventListener('click', view.fitView);
byId('zoom-in').addEventListener('click', () => zoomBy(1.25));
byId('zoom-out').addEventListener('click', () => zoomBy(1 / 1.25));
byId('relayout').addEventListener('click', () => void view.runLayout());
byId('export-png').addEventListener('click', () => exportView(exportPng));
byId('export-json').addEventListener('click', () => exportView(exportJson));
byId('clear-view').addEventListener('click', actions.clearView);
window.addEventListener('popstate', () => {
  store.restoreFromUrl();
  timeSlider.stop();
  timeSlider.render();
  void loader.loadGraph();
});

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
  const selected = view.cy.nodes(':selected').first();
  const key = e.key;
  if (key === '/') {
    e.preventDefault();
    byId('search').focus();
  } else if (key === 'f') view.fitView();
  else if (key === '+' || key === '=') byId('zoom-in').click();
  else if (key === '-') byId('zoom-out').click();
  else if (key === 'e' && selected.nonempty()) actions.expand(selected.id());
  else if ((key === 'h' || key === 'Delete') && selected.nonempty()) actions.hide(selected.id());
  else if (key === 'Escape') view.cy.elements().unselect();
});

/** Asks the server for its vocabulary and date range, then draws the view in the URL. */
async function start(): Promise<void> {
  setPageState('loading');
  try {
    const boot = await gql(BOOTSTRAP);
    // The names come from the server's own RelationType enum (introspection is typed as strings).
    store.relationTypes = (boot.relationTypes?.enumValues ?? []).map((v) => v.name as RelationType);
    store.months = monthsBetween(boot.dateRange.min, boot.dateRange.max);
    timeSlider.render();
    typeSelect.replaceChildren(h('option', { value: '' }, 'All types'), ...(boot.entityTypes?.enumValues ?? []).map((v) => h('option', { value: v.name }, v.name)));
  } catch (error) {
    showMessage('error', describeError(error), () => void start());
    setPageState('error');
    return;
  }
  await loader.loadGraph();
  const { focus, path, selected } = store.state;
  const focusName = focus[0] ? store.names.get(focus[0]) : undefined;
  if (focus[0] && focusName && !path) mainSearch.set({ id: focus[0], name: focusName });
  if (selected && !path) {
    view.cy.getElementById(selected).select();
    void inspector.showEntity(selected);
  }
}

void start();
