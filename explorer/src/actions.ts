import { byId } from './dom.ts';
import type { GraphView } from './graphView.ts';
import type { InspectorActions } from './inspector.ts';
import type { InspectorPanel } from './inspectorPanel.ts';
import { showMessage } from './pageStatus.ts';
import type { SearchBox } from './searchBox.ts';
import { parseViewState } from './viewState.ts';
import type { ViewStore } from './viewStore.ts';

/** What the actions need from the rest of the page. */
export interface ActionDeps {
  store: ViewStore;
  view: GraphView;
  inspector: InspectorPanel;
  mainSearch: SearchBox;
  pathBoxes: { from: SearchBox; to: SearchBox };
  loadGraph(): Promise<void>;
  renderSidebar(truncated: boolean): void;
}

/** What a person can do to the view: each changes the store (and URL), then redraws what changed. */
export function createActions(deps: ActionDeps) {
  const { store, view, inspector, pathBoxes } = deps;
  const { commit } = store;
  const reload = () => void deps.loadGraph();
  const clearPathBoxes = () => {
    pathBoxes.from.clear();
    pathBoxes.to.clear();
    byId('path-clear').hidden = true;
  };

  const actions = {
    /** Starts a new view around one entity (search pick, starting point). */
    selectEntity(entity: { id: string; name: string }): void {
      store.names.set(entity.id, entity.name);
      view.cy.elements().remove();
      commit({ ...store.state, focus: [entity.id], hidden: [], path: undefined, selected: entity.id }, 'push');
      clearPathBoxes();
      void deps.loadGraph().then(() => view.cy.getElementById(entity.id).select());
      void inspector.showEntity(entity.id);
    },
    /** Selects a node on screen and opens its details. */
    selectNode(id: string): void {
      view.cy.elements().unselect();
      const node = view.cy.getElementById(id);
      if (node.nonempty()) {
        node.select();
        const box = node.renderedBoundingBox();
        if (box.x2 < 0 || box.y2 < 0 || box.x1 > view.cy.width() || box.y1 > view.cy.height()) view.cy.center(node);
      }
      commit({ ...store.state, selected: id }, 'replace');
      void inspector.showEntity(id);
    },
    /** Adds an entity's neighbours to the view. */
    expand(id: string): void {
      const { state } = store;
      const focus = state.focus.includes(id) ? state.focus : [...state.focus, id];
      commit({ ...state, focus, hidden: state.hidden.filter((h) => h !== id) }, 'push');
      reload();
    },
    hide(id: string): void {
      const { state } = store;
      if (state.hidden.includes(id)) return;
      commit({ ...state, hidden: [...state.hidden, id], selected: state.selected === id ? undefined : state.selected }, 'push');
      view.cy.getElementById(id).remove();
      if (store.state.selected === undefined) inspector.clear();
      deps.renderSidebar(false);
    },
    unhide(id: string): void {
      commit({ ...store.state, hidden: store.state.hidden.filter((h) => h !== id) }, 'push');
      reload();
    },
    /** Shows the shortest path between the two path fields' entities. */
    findPath(): void {
      const from = byId<HTMLInputElement>('path-from').dataset.entityId;
      const to = byId<HTMLInputElement>('path-to').dataset.entityId;
      if (!from || !to) {
        showMessage('info', 'Pick both ends of the path from the suggestions first.');
        return;
      }
      commit({ ...store.state, path: { from, to }, focus: store.state.focus.length ? store.state.focus : [from] }, 'push');
      reload();
    },
    clearPath(): void {
      commit({ ...store.state, path: undefined }, 'push');
      clearPathBoxes();
      view.cy.elements().removeClass('on-path faded');
      inspector.clear();
    },
    /** Back to the empty page, keeping the filters. */
    clearView(): void {
      deps.mainSearch.clear();
      commit({ ...parseViewState(''), filters: store.state.filters }, 'push');
      inspector.clear();
      reload();
    },
  };

  /** The inspector's buttons and links. */
  const inspectorActions: InspectorActions = {
    expand: actions.expand,
    hide: actions.hide,
    pathFrom: (id, name) => {
      pathBoxes.from.set({ id, name });
      byId('path-to').focus();
    },
    pathTo: (id, name) => {
      pathBoxes.to.set({ id, name });
      byId('path-from').focus();
    },
    showPair: (a, b, factId) => void inspector.showPair(a, b, factId),
    focusEntity: (id) => (view.cy.getElementById(id).nonempty() ? actions.selectNode(id) : void inspector.showEntity(id)),
  };
  return { ...actions, inspectorActions };
}

/** The page's actions (createActions' result). */
export type Actions = ReturnType<typeof createActions>;
