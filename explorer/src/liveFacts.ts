// Live mode: follows the entities in view through the API's factsChanged subscription (graphql-ws,
// same URL as queries) and applies each change to the drawn graph: new facts are added and
// highlighted for a few seconds, removed ones go.
import { createClient, type Client } from 'graphql-ws';
import type { ExplorerLiveFactsSubscription } from './generated/operations.ts';
import type { GraphView } from './graphView.ts';
import { LIVE_FACTS, type LiveFactChange } from './queries.ts';
import type { ViewStore } from './viewStore.ts';

/** How long a new or changed fact stays highlighted. */
export const HIGHLIGHT_MS = 8000;

/** body[data-live]: what the live mode is doing (for people through the toggle's title, and for tests). */
type LiveState = 'off' | 'connecting' | 'on' | 'error';

export interface LiveMode {
  /** Switches live mode on or off (the toolbar's toggle). */
  setEnabled(on: boolean): void;
}

/** A fact as a live event brings it. */
export type LiveFact = NonNullable<LiveFactChange['fact']>;
type LiveEvent = ExplorerLiveFactsSubscription['factsChanged'];

/** True when the current view would show this fact (not a past asOf view; relation types, status, sources, dates, hidden entities). */
export function shown(fact: LiveFact, store: Pick<ViewStore, 'state' | 'includedRelations'>): boolean {
  const { filters, hidden, asOf } = store.state;
  // A view of the past (the time slider's asOf) is not changed by what comes in now.
  if (asOf) return false;
  const relations = store.includedRelations();
  if (relations && !relations.includes(fact.relation)) return false;
  if (filters.statuses.length && !filters.statuses.includes(fact.status)) return false;
  if (fact.sourceCount < filters.minSources) return false;
  if (filters.from && fact.lastDate && fact.lastDate < filters.from) return false;
  if (filters.to && fact.firstDate && fact.firstDate.slice(0, filters.to.length) > filters.to) return false;
  return !hidden.includes(fact.subject.id) && !hidden.includes(fact.object.id);
}

/**
 * Starts live mode (on when `enabled`). The subscription follows the nodes on screen: it is
 * renewed when they change (the new one starts before the old one stops, so no event falls in
 * between). `changed` runs after the graph was changed by an event (the sidebar's counts);
 * `reload` re-reads the view after a subscription was lost (events may have been missed).
 */
export function createLiveMode(deps: { store: ViewStore; view: GraphView; enabled: boolean; changed(): void; reload(): void }): LiveMode {
  const { store, view } = deps;
  const { hook } = view;
  // A change of renderer replaces the graph (graphView.ts): always read view.cy.
  const graph = () => view.cy;
  const url = new URL('graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let client: Client | undefined;
  let connected = false;
  let enabled = deps.enabled;
  let following = '';
  let stop: (() => void) | undefined;
  /** Which subscription is the current one (a replaced one's end is not a loss). */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  hook.live = { events: 0, lastSeq: 0, delaysMs: [] };

  const setState = (state: LiveState) => {
    document.body.dataset.live = state;
  };

  const highlight = (ids: string[]) => {
    const elements = graph().collection();
    for (const id of ids) elements.merge(graph().getElementById(id));
    elements.addClass('live-new');
    setTimeout(() => elements.removeClass('live-new'), HIGHLIGHT_MS);
  };

  /** Adds or updates a reported fact whose ends are in view (or one end is a focus entity: its new neighbour comes too). */
  function report(fact: LiveFact): string[] {
    if (!shown(fact, store)) return [];
    const inView = (id: string) => graph().getElementById(id).nonempty();
    const focus = store.state.focus;
    const [subject, object] = [fact.subject, fact.object];
    const fresh: string[] = [];
    if (!inView(subject.id) || !inView(object.id)) {
      const anchor = inView(subject.id) ? subject : object;
      const other = anchor === subject ? object : subject;
      if (!inView(anchor.id) || !focus.includes(anchor.id)) return [];
      view.addElements([other], []);
      const at = graph().getElementById(anchor.id).position();
      const angle = Math.random() * 2 * Math.PI;
      graph().getElementById(other.id).position({ x: at.x + 160 * Math.cos(angle), y: at.y + 160 * Math.sin(angle) });
      fresh.push(other.id);
    }
    const edge = graph().getElementById(fact.id);
    if (edge.nonempty()) edge.data({ sourceCount: fact.sourceCount, status: fact.status, firstDate: fact.firstDate, lastDate: fact.lastDate });
    else view.addElements([subject, object], [fact]);
    return [...fresh, fact.id];
  }

  /** A removed report: the edge goes when the fact is gone, with any neighbour left unconnected (not a focus entity). */
  function remove(change: LiveFactChange): void {
    const edge = graph().getElementById(change.factId);
    if (edge.empty()) return;
    if (change.fact) {
      edge.data({ sourceCount: change.fact.sourceCount, status: change.fact.status });
      return;
    }
    const ends = edge.connectedNodes();
    edge.remove();
    ends.filter((n) => n.connectedEdges().empty() && !store.state.focus.includes(n.id())).remove();
  }

  function apply({ seq, at, facts }: LiveEvent): void {
    const lit: string[] = [];
    graph().batch(() => {
      for (const change of facts) {
        if (change.change === 'REPORTED' && change.fact) lit.push(...report(change.fact));
        else if (change.change === 'REMOVED') remove(change);
      }
    });
    highlight(lit);
    hook.live!.events += 1;
    hook.live!.lastSeq = seq;
    // From the writing statement (before its commit) to drawn, on this machine's clock.
    hook.live!.delaysMs.push(Date.now() - Date.parse(at));
    deps.changed();
  }

  /** One WebSocket for the page, opened while a subscription runs (lazy) and reopened after a drop. */
  function socket(): Client {
    if (client) return client;
    client = createClient({ url: url.href, lazy: true, retryAttempts: 5 });
    client.on('connected', () => {
      connected = true;
      if (following) setState('on');
    });
    client.on('closed', () => {
      connected = false;
      if (following) setState('connecting');
    });
    return client;
  }

  /** Subscribes for the nodes on screen now (nothing when off or the view is empty). */
  function follow(): void {
    const ids = enabled ? graph().nodes().map((n) => n.id()).sort() : [];
    const key = ids.join('\n');
    if (key === following) {
      if (!ids.length) setState('off');
      return;
    }
    following = key;
    const previous = stop;
    stop = undefined;
    generation++;
    if (ids.length) {
      setState(connected ? 'on' : 'connecting');
      const mine = ++generation;
      // The server ended it (SUBSCRIBER_TOO_SLOW) or the connection is gone for good: events may
      // have been missed, so say so, re-read the view and follow again shortly.
      const lost = () => {
        if (mine !== generation) return;
        generation++;
        setState('error');
        following = '';
        setTimeout(() => {
          deps.reload();
          schedule();
        }, 5000);
      };
      stop = socket().subscribe<ExplorerLiveFactsSubscription>(
        { query: LIVE_FACTS, variables: { entities: ids } },
        {
          next: (result) => {
            if (result.data) apply(result.data.factsChanged);
            else lost();
          },
          error: lost,
          complete: lost,
        },
      );
    } else {
      setState('off');
    }
    // A replaced subscription stops a moment later (the server starts the new one first); switched off, at once.
    if (previous) {
      if (ids.length) setTimeout(previous, 1000);
      else previous();
    }
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(follow, 300);
  };
  view.onGraph((cy) => cy.on('add remove', 'node', schedule));
  setState(enabled ? 'connecting' : 'off');
  schedule();

  return {
    setEnabled(on) {
      enabled = on;
      following = on ? '' : following;
      follow();
    },
  };
}
