// The "Allies at odds" panel: pairs of allies with hostile facts between them (Query.alliesAtOdds,
// as of the slider's month when it is on). Clicking a pair shows the two entities with their
// neighbourhoods, draws the alliance and hostile facts (also those of people and agencies rolled
// up to them), highlights them, and lists them with their sources in the inspector.
import { describeError, gql } from './api.ts';
import { byId, h, relationWords } from './dom.ts';
import type { GraphView } from './graphView.ts';
import { renderFact, type InspectorActions } from './inspector.ts';
import type { InspectorPanel } from './inspectorPanel.ts';
import { ALLIES_AT_ODDS, EDGE_FACTS, type AlliesAtOdds, type FactDetail } from './queries.ts';
import type { ViewStore } from './viewStore.ts';

export interface AtOddsDeps {
  store: ViewStore;
  view: GraphView;
  inspector: InspectorPanel;
  loadGraph(): Promise<void>;
  inspectorActions(): InspectorActions;
}

/** The pair's label: "Colombia – United States". */
const pairName = (pair: AlliesAtOdds) => `${pair.a.name} – ${pair.b.name}`;

/** The inspector panel for one pair: why they are allies, then the hostile facts, with their sources (`details`, by fact id). */
export function renderAtOdds(pair: AlliesAtOdds, details: Map<string, FactDetail>, actions: InspectorActions): HTMLElement {
  const facts = (list: AlliesAtOdds['alliances'], highlighted: boolean) =>
    list.map((f) => {
      const detail = details.get(f.id);
      return detail ? renderFact(detail, actions, highlighted) : h('p', { class: 'muted' }, `${f.subject.name} ${relationWords(f.relation)} ${f.object.name} (its sources could not be loaded)`);
    });
  return h(
    'section',
    { class: 'inspect-at-odds', 'data-pair': `${pair.a.id}|${pair.b.id}` },
    h('h2', {}, `${pairName(pair)}: allies at odds`),
    h('p', { class: 'muted' }, `${pair.hostileCount} hostile fact${pair.hostileCount === 1 ? '' : 's'} · score ${pair.score.toFixed(1)}`),
    h('h3', {}, 'Allies'),
    facts(pair.alliances, false),
    h('h3', {}, 'Hostile facts'),
    facts(pair.hostileFacts, true),
  );
}

/** Binds the panel in #at-odds. */
export function createAtOddsPanel(deps: AtOddsDeps): void {
  const { store, view, inspector } = deps;
  const list = byId('at-odds-list');
  let seq = 0;

  /** The facts' sources and denials, asked per (subject, object) like the edge inspector does, as of the slider's month. */
  async function factDetails(facts: AlliesAtOdds['alliances']): Promise<Map<string, FactDetail>> {
    const pairs = new Map(facts.map((f) => [`${f.subject.id}|${f.object.id}`, { subject: f.subject.id, object: f.object.id }]));
    const answers = await Promise.allSettled([...pairs.values()].map((p) => gql(EDGE_FACTS, { ...p, asOf: store.state.asOf ?? null })));
    const details = new Map<string, FactDetail>();
    for (const answer of answers) if (answer.status === 'fulfilled') for (const fact of answer.value.facts.nodes) details.set(fact.id, fact);
    return details;
  }

  /** Shows a pair: both entities in view, every fact of the pair drawn and highlighted, the facts in the inspector. */
  async function showPair(pair: AlliesAtOdds, item: HTMLElement): Promise<void> {
    for (const li of list.children) li.classList.toggle('active', li === item);
    const facts = [...pair.alliances, ...pair.hostileFacts];
    store.commit({ ...store.state, focus: [pair.a.id, pair.b.id], hidden: [], path: undefined, selected: undefined }, 'push');
    await deps.loadGraph();
    const entities = new Map<string, { id: string; name: string; type: string }>();
    for (const e of [pair.a, pair.b, ...facts.flatMap((f) => [f.subject, f.object])]) entities.set(e.id, e);
    const nodes = [...entities.values()].map((e) => ({ ...e, aliases: [], kind: null }));
    const added = view.addElements(nodes as Parameters<GraphView['addElements']>[0], facts);
    if (added.length) await view.runLayout();
    const cy = view.cy;
    const marked = cy.collection();
    for (const id of entities.keys()) marked.merge(cy.getElementById(id));
    for (const f of facts) marked.merge(cy.getElementById(f.id));
    cy.elements().removeClass('on-path faded at-odds ally hostile');
    marked.addClass('at-odds');
    for (const f of pair.alliances) cy.getElementById(f.id).addClass('ally');
    for (const f of pair.hostileFacts) cy.getElementById(f.id).addClass('hostile');
    cy.elements().not(marked).addClass('faded');
    inspector.show(renderAtOdds(pair, await factDetails(facts), deps.inspectorActions()));
  }

  async function load(): Promise<void> {
    const mine = ++seq;
    list.replaceChildren(h('li', { class: 'muted' }, 'Loading…'));
    try {
      const { alliesAtOdds } = await gql(ALLIES_AT_ODDS, { asOf: store.state.asOf ?? null });
      if (mine !== seq) return;
      const when = store.state.asOf ? ` as of ${store.state.asOf}` : '';
      if (!alliesAtOdds.length) {
        list.replaceChildren(h('li', { class: 'muted' }, `No allies at odds${when}.`));
        return;
      }
      list.replaceChildren(
        ...alliesAtOdds.map((pair) => {
          const item = h('li', { 'data-pair': `${pair.a.id}|${pair.b.id}` });
          const hostile = [...new Set(pair.hostileFacts.map((f) => relationWords(f.relation)))].slice(0, 3).join(', ');
          item.append(
            h('button', { type: 'button', class: 'link', title: `Show the two in the graph, with their facts and sources`, onclick: () => void showPair(pair, item) }, pairName(pair)),
            h('span', { class: 'muted' }, ` — ${pair.hostileCount} hostile (${hostile})${when}`),
          );
          return item;
        }),
      );
    } catch (error) {
      if (mine === seq) list.replaceChildren(h('li', { class: 'message error', role: 'alert' }, describeError(error)));
    }
  }

  byId('at-odds-load').addEventListener('click', () => void load());
}
