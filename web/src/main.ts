import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { gql, describeError } from './api.ts';
import { byId, h } from './dom.ts';
import { exportJson, exportPng } from './exportView.ts';
import { renderFilters, monthsBetween } from './filtersPanel.ts';
import { graphStyle, lookOf } from './graphStyle.ts';
import { renderEntity, renderFacts, renderPath, type InspectorActions } from './inspector.ts';
import {
  BOOTSTRAP,
  EDGE_FACTS,
  ENTITY_DETAIL,
  ENTITY_NAME,
  SHORTEST_PATH,
  STARTING_POINTS,
  SUBGRAPH,
  type EdgeSummary,
  type EntityDetail,
  type EntitySummary,
  type FactDetail,
  type PathResult,
} from './queries.ts';
import { attachSearchBox } from './searchBox.ts';
import { parseViewState, serializeViewState, type Filters, type ViewState } from './viewState.ts';
import './styles.css';

/** Test and benchmark hook: the graph, and how many renders have completed. */
interface ExplorerHook {
  cy: Core;
  renders: number;
  /** Milliseconds from navigation start to the first frame painted after the first graph render. */
  firstRenderMs?: number;
  /** Where the last render spent its time. */
  lastRender?: { queryMs: number; addMs: number; layoutMs: number; nodes: number; edges: number };
}
declare global {
  interface Window {
    __newsgraph: ExplorerHook;
  }
}

const MAX_NODES = 500;
/**
 * Above this many nodes the force layout gets slow (cose in Chromium on 2 busy cores: 150 nodes
 * 0.5 s, 250 nodes 2.9 s, 500 nodes over a minute); concentric by degree stays fast and readable.
 */
const FORCE_LAYOUT_LIMIT = 150;

const cy = cytoscape({
  container: byId('graph'),
  style: graphStyle(),
  minZoom: 0.05,
  maxZoom: 4,
  wheelSensitivity: 0.4,
  boxSelectionEnabled: false,
});
const hook: ExplorerHook = { cy, renders: 0 };
window.__newsgraph = hook;

let state: ViewState = parseViewState(window.location.search);
let relationTypes: string[] = [];
let months: string[] = [];
const names = new Map<string, string>();
let graphSeq = 0;
let inspectSeq = 0;

// ---- page state, messages and URL ------------------------------------------------------------

function setPageState(value: 'loading' | 'ready' | 'empty' | 'error'): void {
  document.body.dataset.state = value;
  byId('graph-panel').setAttribute('aria-busy', String(value === 'loading'));
}

function showMessage(kind: 'info' | 'loading' | 'error' | 'warning', text: string, retry?: () => void): void {
  const box = byId('message');
  box.className = `message ${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.replaceChildren(h('span', {}, text));
  if (retry) box.append(h('button', { type: 'button', onclick: retry }, 'Retry'));
  box.hidden = false;
}

function clearMessage(): void {
  byId('message').hidden = true;
}

function commit(next: ViewState, mode: 'push' | 'replace'): void {
  state = next;
  const url = `${window.location.pathname}${serializeViewState(state)}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

function includedRelations(filters: Filters): string[] | null {
  if (!filters.excludedRelations.length) return null;
  const excluded = new Set(filters.excludedRelations);
  return relationTypes.filter((r) => !excluded.has(r));
}

// ---- the graph -------------------------------------------------------------------------------

function nodeData(entity: EntitySummary): ElementDefinition {
  names.set(entity.id, entity.name);
  return { group: 'nodes', data: { id: entity.id, label: entity.name, type: entity.type, kind: entity.kind ?? null, aliases: entity.aliases ?? [] } };
}

function edgeData(fact: EdgeSummary | FactDetail): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: fact.id,
      source: fact.subject.id,
      target: fact.object.id,
      relation: fact.relation,
      label: fact.relation,
      sourceCount: fact.sourceCount,
      status: fact.status,
      firstDate: fact.firstDate,
      lastDate: fact.lastDate,
    },
  };
}

/** Adds the nodes and edges that are not in the graph yet (in one call; a layout places them next); returns how many nodes were new. */
function addElements(nodes: EntitySummary[], edges: (EdgeSummary | FactDetail)[]): number {
  const fresh: ElementDefinition[] = [];
  const present = new Set<string>();
  for (const node of nodes) {
    const existing = cy.getElementById(node.id);
    present.add(node.id);
    if (existing.nonempty()) {
      existing.data(nodeData(node).data);
      continue;
    }
    fresh.push(nodeData(node));
  }
  const added = fresh.length;
  cy.nodes().forEach((n) => {
    present.add(n.id());
  });
  for (const edge of edges) {
    if (!present.has(edge.subject.id) || !present.has(edge.object.id) || cy.getElementById(edge.id).nonempty()) continue;
    fresh.push(edgeData(edge));
  }
  cy.add(fresh);
  return added;
}

function layoutOptions(): LayoutOptions {
  const n = cy.nodes().length;
  if (n > FORCE_LAYOUT_LIMIT) {
    return { name: 'concentric', concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 3, minNodeSpacing: 12, animate: false, padding: 20 } as LayoutOptions;
  }
  // A fresh force layout each time: it costs little at this size and reads better than nudging
  // new nodes into an old layout.
  return {
    name: 'cose',
    animate: false,
    randomize: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 60_000,
    idealEdgeLength: () => 140,
    edgeElasticity: () => 80,
    nodeOverlap: 40,
    componentSpacing: 120,
    gravity: 0.4,
    numIter: 1500,
  } as LayoutOptions;
}

/** Fits the graph to the screen without blowing a handful of nodes up to poster size. */
function fitView(): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  if (cy.zoom() === 1.4) cy.center();
}

function runLayout(): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(layoutOptions());
    layout.one('layoutstop', () => {
      fitView();
      resolve();
    });
    layout.run();
  });
}

function markFocus(): void {
  cy.nodes().removeClass('focus');
  for (const id of state.focus) cy.getElementById(id).addClass('focus');
}

/** Loads the view described by `state` from the API and draws it. */
async function loadGraph(): Promise<void> {
  const seq = ++graphSeq;
  if (!state.focus.length) {
    cy.elements().remove();
    renderSidebar(false);
    showEmpty();
    return;
  }
  byId('empty').hidden = true;
  setPageState('loading');
  showMessage('loading', 'Loading the graph…');
  try {
    const f = state.filters;
    const t0 = performance.now();
    const data = await gql<{ subgraph: { nodes: EntitySummary[]; edges: EdgeSummary[]; truncated: boolean } }>(SUBGRAPH, {
      ids: state.focus,
      relationTypes: includedRelations(f),
      statuses: f.statuses.length ? f.statuses : null,
      from: f.from ?? null,
      to: f.to ?? null,
      minSources: f.minSources,
      maxNodes: MAX_NODES,
    });
    if (seq !== graphSeq) return;
    const t1 = performance.now();
    const hidden = new Set(state.hidden);
    const nodes = data.subgraph.nodes.filter((n) => !hidden.has(n.id));
    const nodeIds = new Set(nodes.map((n) => n.id));
    const edges = data.subgraph.edges.filter((e) => nodeIds.has(e.subject.id) && nodeIds.has(e.object.id));
    const edgeIds = new Set(edges.map((e) => e.id));
    const fresh = cy.nodes().length === 0;
    let added = 0;
    cy.batch(() => {
      cy.elements().removeClass('on-path faded');
      cy.elements()
        .filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id())))
        .remove();
      added = addElements(nodes, edges);
      markFocus();
      // Hundreds of edge labels are unreadable clutter and slow to lay out: show them on selection only.
      cy.edges().toggleClass('quiet', cy.nodes().length > FORCE_LAYOUT_LIMIT);
    });
    const t2 = performance.now();
    if (fresh || added > 0) await runLayout();
    hook.lastRender = { queryMs: t1 - t0, addMs: t2 - t1, layoutMs: performance.now() - t2, nodes: cy.nodes().length, edges: cy.edges().length };
    if (state.path) await loadPath(seq);
    if (seq !== graphSeq) return;
    renderSidebar(data.subgraph.truncated);
    if (!nodes.length) {
      showMessage('info', 'Nothing matches the current filters. Loosen them (relation types, dates, status, sources).');
      setPageState('empty');
    } else {
      if (data.subgraph.truncated) showMessage('warning', `Showing the first ${nodes.length} entities: the neighbourhood is larger. Narrow the filters to see the rest.`);
      else clearMessage();
      setPageState('ready');
    }
  } catch (error) {
    if (seq !== graphSeq) return;
    renderSidebar(false); // the filters stay usable: loosening or clearing them may be the way out
    showMessage('error', describeError(error), () => void loadGraph());
    setPageState('error');
  } finally {
    if (seq === graphSeq) {
      hook.renders++;
      if (hook.firstRenderMs === undefined) requestAnimationFrame(() => (hook.firstRenderMs ??= performance.now()));
    }
  }
}

/** Finds the shortest path for `state.path`, adds what is missing, highlights it and lists its facts. */
async function loadPath(seq = graphSeq): Promise<void> {
  if (!state.path) return;
  const { from, to } = state.path;
  const data = await gql<{ shortestPaths: PathResult[] }>(SHORTEST_PATH, { from, to, relationTypes: includedRelations(state.filters) });
  if (seq !== graphSeq) return;
  const path = data.shortestPaths[0];
  cy.elements().removeClass('on-path faded');
  if (path) {
    for (const e of path.entities) names.set(e.id, e.name);
    const added = addElements(path.entities, path.facts);
    markFocus();
    if (added) await runLayout();
    const onPath = cy.collection();
    for (const e of path.entities) onPath.merge(cy.getElementById(e.id));
    for (const f of path.facts) onPath.merge(cy.getElementById(f.id));
    onPath.addClass('on-path');
    cy.elements().not(onPath).addClass('faded');
  } else {
    // No path under these filters: still name its ends (they may not be in view).
    const missing = [from, to].filter((id) => !names.has(id));
    const ends = await Promise.allSettled(missing.map((id) => gql<{ entity: EntitySummary }>(ENTITY_NAME, { id })));
    for (const end of ends) if (end.status === 'fulfilled') names.set(end.value.entity.id, end.value.entity.name);
  }
  pathFrom.set({ id: from, name: names.get(from) ?? from, type: '' });
  pathTo.set({ id: to, name: names.get(to) ?? to, type: '' });
  byId('path-clear').hidden = false;
  showInspector(renderPath(path, names.get(from) ?? from, names.get(to) ?? to, actions));
}

// ---- sidebar: filters, entity list, inspector ---------------------------------------------------

function renderSidebar(truncated: boolean): void {
  const counts = new Map<string, number>();
  cy.edges().forEach((e) => {
    counts.set(e.data('relation'), (counts.get(e.data('relation')) ?? 0) + 1);
  });
  renderFilters(byId('filters'), state.filters, { counts, relationTypes, months }, (filters) => {
    commit({ ...state, filters }, 'replace');
    void loadGraph();
  });
  const nodes = cy.nodes().sort((a, b) => String(a.data('type')).localeCompare(b.data('type')) || String(a.data('label')).localeCompare(b.data('label')));
  byId('view-summary').textContent = `${cy.nodes().length} entities, ${cy.edges().length} facts${truncated ? ' (truncated)' : ''}`;
  byId('node-list').replaceChildren(
    ...nodes.map((n) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link', 'data-entity-id': n.id(), onclick: () => selectNode(n.id()) },
          h('span', { class: 'swatch', style: `background:${lookOf(n.data('type')).color}` }),
          n.data('label'),
        ),
      ),
    ),
  );
  const hidden = byId('hidden-list');
  hidden.replaceChildren(
    ...state.hidden.map((id) =>
      h('li', {}, `${names.get(id) ?? id} `, h('button', { type: 'button', class: 'small', onclick: () => unhide(id) }, 'Show')),
    ),
  );
  byId('hidden-section').hidden = state.hidden.length === 0;
}

// The inspector is always there (a placeholder when empty): a panel that comes and goes would
// resize the graph under the user's feet.
const inspectorPlaceholder = byId('inspector').firstElementChild!.cloneNode(true) as HTMLElement;

function showInspector(content: HTMLElement): void {
  byId('inspector').replaceChildren(content);
}

function clearInspector(): void {
  showInspector(inspectorPlaceholder.cloneNode(true) as HTMLElement);
}

async function inspect<T>(load: () => Promise<T>, render: (data: T) => HTMLElement): Promise<void> {
  const seq = ++inspectSeq;
  showInspector(h('p', { class: 'muted' }, 'Loading…'));
  try {
    const data = await load();
    if (seq === inspectSeq) showInspector(render(data));
  } catch (error) {
    if (seq === inspectSeq) showInspector(h('p', { class: 'message error', role: 'alert' }, describeError(error)));
  }
}

function showEntity(id: string): Promise<void> {
  return inspect(
    () => gql<{ entity: EntityDetail }>(ENTITY_DETAIL, { id }),
    ({ entity }) => {
      names.set(entity.id, entity.name);
      return renderEntity(entity, actions);
    },
  );
}

function showPair(a: string, b: string, factId?: string): Promise<void> {
  return inspect(
    () => Promise.all((a === b ? [[a, b]] : [[a, b], [b, a]]).map(([subject, object]) => gql<{ facts: { nodes: FactDetail[] } }>(EDGE_FACTS, { subject, object }))),
    (answers) => renderFacts(answers.flatMap((answer) => answer.facts.nodes), factId, actions),
  );
}

function selectNode(id: string): void {
  cy.elements().unselect();
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    node.select();
    const box = node.renderedBoundingBox();
    if (box.x2 < 0 || box.y2 < 0 || box.x1 > cy.width() || box.y1 > cy.height()) cy.center(node);
  }
  commit({ ...state, selected: id }, 'replace');
  void showEntity(id);
}

// ---- actions ---------------------------------------------------------------------------------

function selectEntity(entity: EntitySummary): void {
  names.set(entity.id, entity.name);
  cy.elements().remove();
  commit({ ...state, focus: [entity.id], hidden: [], path: undefined, selected: entity.id }, 'push');
  pathFrom.clear();
  pathTo.clear();
  byId('path-clear').hidden = true;
  void loadGraph().then(() => cy.getElementById(entity.id).select());
  void showEntity(entity.id);
}

function expand(id: string): void {
  const focus = state.focus.includes(id) ? state.focus : [...state.focus, id];
  commit({ ...state, focus, hidden: state.hidden.filter((h) => h !== id) }, 'push');
  void loadGraph();
}

function hide(id: string): void {
  if (state.hidden.includes(id)) return;
  commit({ ...state, hidden: [...state.hidden, id], selected: state.selected === id ? undefined : state.selected }, 'push');
  cy.getElementById(id).remove();
  if (state.selected === undefined) clearInspector();
  renderSidebar(false);
}

function unhide(id: string): void {
  commit({ ...state, hidden: state.hidden.filter((h) => h !== id) }, 'push');
  void loadGraph();
}

function findPath(): void {
  const from = byId<HTMLInputElement>('path-from').dataset.entityId;
  const to = byId<HTMLInputElement>('path-to').dataset.entityId;
  if (!from || !to) {
    showMessage('info', 'Pick both ends of the path from the suggestions first.');
    return;
  }
  commit({ ...state, path: { from, to }, focus: state.focus.length ? state.focus : [from] }, 'push');
  void loadGraph();
}

function clearPath(): void {
  commit({ ...state, path: undefined }, 'push');
  pathFrom.clear();
  pathTo.clear();
  byId('path-clear').hidden = true;
  cy.elements().removeClass('on-path faded');
  clearInspector();
}

const actions: InspectorActions = {
  expand,
  hide,
  pathFrom: (id, name) => {
    pathFrom.set({ id, name, type: '' });
    byId('path-to').focus();
  },
  pathTo: (id, name) => {
    pathTo.set({ id, name, type: '' });
    byId('path-from').focus();
  },
  showPair: (a, b, factId) => void showPair(a, b, factId),
  focusEntity: (id) => (cy.getElementById(id).nonempty() ? selectNode(id) : void showEntity(id)),
};

// ---- wiring ----------------------------------------------------------------------------------

const typeSelect = byId<HTMLSelectElement>('search-type');
const selectedTypes = () => (typeSelect.value ? [typeSelect.value] : []);
const mainSearch = attachSearchBox({ input: byId('search'), list: byId('search-list'), types: selectedTypes, onPick: selectEntity });
const pathFrom = attachSearchBox({ input: byId('path-from'), list: byId('path-from-list'), types: () => [], onPick: () => byId('path-to').focus() });
const pathTo = attachSearchBox({ input: byId('path-to'), list: byId('path-to-list'), types: () => [], onPick: () => byId('path-go').focus() });

cy.on('tap', 'node', (e) => selectNode(e.target.id()));
cy.on('tap', 'edge', (e) => {
  cy.elements().unselect();
  e.target.select();
  void showPair(e.target.data('source'), e.target.data('target'), e.target.id());
});
cy.on('dbltap', 'node', (e) => expand(e.target.id()));

byId('path-go').addEventListener('click', findPath);
byId('path-clear').addEventListener('click', clearPath);
byId('fit').addEventListener('click', fitView);
byId('zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
byId('zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
byId('relayout').addEventListener('click', () => void runLayout());
/** Exports only a view that has something in it (an empty canvas has no PNG to give). */
function exportView(write: (cy: Core) => unknown): void {
  if (cy.elements().empty()) showMessage('info', 'Nothing to export yet: search for an entity first.');
  else void write(cy);
}
byId('export-png').addEventListener('click', () => exportView(exportPng));
byId('export-json').addEventListener('click', () => exportView(exportJson));
byId('clear-view').addEventListener('click', () => {
  mainSearch.clear();
  commit({ ...parseViewState(''), filters: state.filters }, 'push');
  clearInspector();
  void loadGraph();
});
window.addEventListener('popstate', () => {
  state = parseViewState(window.location.search);
  void loadGraph();
});

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
  const selected = cy.nodes(':selected').first();
  const key = e.key;
  if (key === '/') {
    e.preventDefault();
    byId('search').focus();
  } else if (key === 'f') fitView();
  else if (key === '+' || key === '=') byId('zoom-in').click();
  else if (key === '-') byId('zoom-out').click();
  else if (key === 'e' && selected.nonempty()) expand(selected.id());
  else if ((key === 'h' || key === 'Delete') && selected.nonempty()) hide(selected.id());
  else if (key === 'Escape') cy.elements().unselect();
});

function showEmpty(): void {
  clearMessage();
  setPageState('empty');
  byId('empty').hidden = false;
  void gql<{ stats: { mostConnected: { degree: number; entity: EntitySummary }[] } }>(STARTING_POINTS)
    .then(({ stats }) => {
      byId('starting-points').replaceChildren(
        ...stats.mostConnected.map(({ entity, degree }) =>
          h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => selectEntity(entity) }, h('span', { class: 'swatch', style: `background:${lookOf(entity.type).color}` }), `${entity.name} (${degree})`)),
        ),
      );
    })
    .catch(() => byId('starting-points').replaceChildren());
}

async function start(): Promise<void> {
  setPageState('loading');
  try {
    const boot = await gql<{ dateRange: { min: string | null; max: string | null } | null; relationTypes: { enumValues: { name: string }[] } | null; entityTypes: { enumValues: { name: string }[] } | null }>(BOOTSTRAP);
    relationTypes = boot.relationTypes?.enumValues.map((v) => v.name) ?? [];
    months = monthsBetween(boot.dateRange?.min, boot.dateRange?.max);
    typeSelect.replaceChildren(h('option', { value: '' }, 'All types'), ...(boot.entityTypes?.enumValues ?? []).map((v) => h('option', { value: v.name }, v.name)));
  } catch (error) {
    showMessage('error', describeError(error), () => void start());
    setPageState('error');
    return;
  }
  await loadGraph();
  if (state.focus[0] && !state.path) {
    const names0 = names.get(state.focus[0]);
    if (names0) mainSearch.set({ id: state.focus[0], name: names0, type: '' });
  }
  if (state.selected && !state.path) {
    cy.getElementById(state.selected).select();
    void showEntity(state.selected);
  }
}

void start();
