import { describeError, gql } from './api.ts';
import { byId, h } from './dom.ts';
import { renderEntity, renderFacts, type InspectorActions } from './inspector.ts';
import { EDGE_FACTS, ENTITY_DETAIL } from './queries.ts';
import type { ViewStore } from './viewStore.ts';

/** The inspector panel: loads what was picked and shows it (the rendering is in inspector.ts). */
export interface InspectorPanel {
  show(content: HTMLElement): void;
  /** Back to the placeholder. */
  clear(): void;
  /** An entity's details. */
  showEntity(id: string): Promise<void>;
  /** Every fact between two entities (both directions), `factId` highlighted. */
  showPair(a: string, b: string, factId?: string): Promise<void>;
}

/** The panel in #inspector; `actions` is read when a view is rendered (the page wires it after creating the panel). */
export function createInspectorPanel(store: ViewStore, actions: () => InspectorActions): InspectorPanel {
  const { names } = store;
  const container = byId('inspector');
  // The inspector is always there (a placeholder when empty): a panel that comes and goes would
  // resize the graph under the user's feet.
  const placeholder = container.firstElementChild!.cloneNode(true) as HTMLElement;
  let seq = 0;
  const show = (content: HTMLElement) => container.replaceChildren(content);

  /** Shows "Loading…", then what `render` makes of the answer, unless a newer request came first. */
  async function inspect<T>(load: () => Promise<T>, render: (data: T) => HTMLElement): Promise<void> {
    const mine = ++seq;
    show(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const data = await load();
      if (mine === seq) show(render(data));
    } catch (error) {
      if (mine === seq) show(h('p', { class: 'message error', role: 'alert' }, describeError(error)));
    }
  }

  return {
    show,
    clear: () => show(placeholder.cloneNode(true) as HTMLElement),
    showEntity: (id) =>
      inspect(
        () => gql(ENTITY_DETAIL, { id, asOf: store.state.asOf ?? null }),
        ({ entity }) => {
          // The API answers NOT_FOUND rather than null; null would be a server bug.
          if (!entity) return h('p', { class: 'message error', role: 'alert' }, `Not found: no entity with id "${id}"`);
          names.set(entity.id, entity.name);
          return renderEntity(entity, actions());
        },
      ),
    showPair: (a, b, factId) =>
      inspect(
        () => {
          const pairs = (a === b ? [[a, b]] : [[a, b], [b, a]]) as [string, string][];
          // Only the facts valid as of the time slider's month (all of them when it is off).
          return Promise.all(pairs.map(([subject, object]) => gql(EDGE_FACTS, { subject, object, asOf: store.state.asOf ?? null })));
        },
        (answers) => renderFacts(answers.flatMap((answer) => answer.facts.nodes), factId, actions()),
      ),
  };
}
