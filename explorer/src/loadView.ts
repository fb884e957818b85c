import { describeError, gql } from './api.ts';
import { byId, h } from './dom.ts';
import type { GraphView } from './graphView.ts';
import { lookOf } from './graphStyle.ts';
import { renderPath, type InspectorActions } from './inspector.ts';
import type { InspectorPanel } from './inspectorPanel.ts';
import { clearMessage, setPageState, showMessage } from './pageStatus.ts';
import { ENTITY_NAME, SHORTEST_PATH, STARTING_POINTS, SUBGRAPH } from './queries.ts';
import type { SearchBox } from './searchBox.ts';
import type { ViewStore } from './viewStore.ts';

/** At most this many entities per view: the API's own cap on subgraph maxNodes (a dense view then has about 5,000 elements, drawn with WebGL). */
const MAX_NODES = 1000;

/** What loading a view needs from the rest of the page. */
export interface ViewLoaderDeps {
  store: ViewStore;
  view: GraphView;
  inspector: InspectorPanel;
  pathBoxes: { from: SearchBox; to: SearchBox };
  renderSidebar(truncated: boolean): void;
  selectEntity(entity: { id: string; name: string }): void;
  inspectorActions(): InspectorActions;
}

/** Loads views from the API and draws them; a newer load makes an older one's answer moot. */
/** How a view is redrawn: `keepPositions` (the time slider) places new nodes beside the others instead of laying the graph out afresh. */
export interface LoadOptions {
  keepPositions?: boolean;
}

export function createViewLoader(deps: ViewLoaderDeps): { loadGraph(options?: LoadOptions): Promise<void> } {
  const { store, view, inspector, pathBoxes } = deps;
  const { hook } = view;
  let graphSeq = 0;

  /** The empty page: most connected entities as starting points. */
  function showEmpty(): void {
    clearMessage();
    setPageState('empty');
    byId('empty').hidden = false;
    void gql(STARTING_POINTS)
      .then(({ stats }) => {
        byId('starting-points').replaceChildren(
          ...stats.mostConnected.map(({ entity, degree }) =>
            h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => deps.selectEntity(entity) }, h('span', { class: 'swatch', style: `background:${lookOf(entity.type).color}` }), `${entity.name} (${degree})`)),
          ),
        );
      })
      .catch(() => byId('starting-points').replaceChildren());
  }

  /** Finds the shortest path for the view's `path`, adds what is missing, highlights it and lists its facts. */
  async function loadPath(seq: number): Promise<void> {
    const ends = store.state.path;
    if (!ends) return;
    const { from, to } = ends;
    const data = await gql(SHORTEST_PATH, { from, to, relationTypes: store.includedRelations(), asOf: store.state.asOf ?? null });
    if (seq !== graphSeq) return;
    const path = data.shortestPaths[0];
    view.cy.elements().removeClass('on-path faded');
    if (path) {
      const added = view.addElements(path.entities, path.facts);
      view.markFocus(store.state.focus);
      if (added.length) await view.runLayout();
      const onPath = view.cy.collection();
      for (const e of path.entities) onPath.merge(view.cy.getElementById(e.id));
      for (const f of path.facts) onPath.merge(view.cy.getElementById(f.id));
      onPath.addClass('on-path');
      view.cy.elements().not(onPath).addClass('faded');
    } else {
      // No path under these filters: still name its ends (they may not be in view).
      const missing = [from, to].filter((id) => !store.names.has(id));
      const answers = await Promise.allSettled(missing.map((id) => gql(ENTITY_NAME, { id })));
      for (const answer of answers) if (answer.status === 'fulfilled' && answer.value.entity) store.names.set(answer.value.entity.id, answer.value.entity.name);
    }
    const nameOf = (id: string) => store.names.get(id) ?? id;
    pathBoxes.from.set({ id: from, name: nameOf(from) });
    pathBoxes.to.set({ id: to, name: nameOf(to) });
    byId('path-clear').hidden = false;
    inspector.show(renderPath(path, nameOf(from), nameOf(to), deps.inspectorActions()));
  }

  /** Loads the view described by the store from the API and draws it. */
  async function loadGraph(options: LoadOptions = {}): Promise<void> {
    const seq = ++graphSeq;
    const state = store.state;
    if (!state.focus.length) {
      view.cy.elements().remove();
      deps.renderSidebar(false);
      showEmpty();
      return;
    }
    byId('empty').hidden = true;
    setPageState('loading');
    showMessage('loading', 'Loading the graph…');
    try {
      const f = state.filters;
      const t0 = performance.now();
      const variables = {
        ids: state.focus,
        relationTypes: store.includedRelations(),
        statuses: f.statuses.length ? f.statuses : null,
        from: f.from ?? null,
        to: f.to ?? null,
        minSources: f.minSources,
        maxNodes: MAX_NODES,
        asOf: state.asOf ?? null,
      };
      const data = await gql(SUBGRAPH, variables);
      if (seq !== graphSeq) return;
      const t1 = performance.now();
      const hidden = new Set(state.hidden);
      const nodes = data.subgraph.nodes.filter((n) => !hidden.has(n.id));
      const nodeIds = new Set(nodes.map((n) => n.id));
      const edges = data.subgraph.edges.filter((e) => nodeIds.has(e.subject.id) && nodeIds.has(e.object.id));
      const edgeIds = new Set(edges.map((e) => e.id));
      const fresh = view.cy.nodes().length === 0;
      view.useRendererFor(nodes.length + edges.length);
      let added: string[] = [];
      view.cy.batch(() => {
        view.cy.elements().removeClass('on-path faded at-odds ally hostile appeared');
        view.removeExcept(nodeIds, edgeIds);
        const drawn = view.cy.elements();
        added = view.addElements(nodes, edges);
        // The time slider: what starts to hold this month is marked until the next move.
        if (options.keepPositions && !fresh) view.cy.elements().not(drawn).addClass('appeared');
        view.markFocus(state.focus);
        view.quietIfCrowded();
      });
      const t2 = performance.now();
      if (options.keepPositions && added.length && view.canPlace(added)) view.placeNew(added);
      else if (fresh || added.length) await view.runLayout();
      const lastRender = { queryMs: t1 - t0, addMs: t2 - t1, layoutMs: performance.now() - t2, nodes: view.cy.nodes().length, edges: view.cy.edges().length, renderer: hook.renderer };
      hook.lastRender = lastRender;
      // The frame after next has drawn the view: the answer's arrival to there is what drawing it cost.
      requestAnimationFrame(() => requestAnimationFrame(() => Object.assign(lastRender, { drawMs: performance.now() - t1 })));
      if (store.state.path) await loadPath(seq);
      if (seq !== graphSeq) return;
      deps.renderSidebar(data.subgraph.truncated);
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
      deps.renderSidebar(false); // the filters stay usable: loosening or clearing them may be the way out
      showMessage('error', describeError(error), () => void loadGraph(options));
      setPageState('error');
    } finally {
      if (seq === graphSeq) {
        hook.renders++;
        // The frame after next has drawn it (as drawMs above): the first full render from navigation.
        if (hook.firstRenderMs === undefined) requestAnimationFrame(() => requestAnimationFrame(() => (hook.firstRenderMs ??= performance.now())));
      }
    }
  }

  return { loadGraph };
}
