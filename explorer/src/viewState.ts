import { isPartialDate } from '../../src/model/vocabulary.ts';

import type { FactStatus } from './generated/operations.ts';

export type { FactStatus };

/** Filters applied to every graph request. */
export interface Filters {
  /** Relation types switched off (everything else is shown). */
  excludedRelations: string[];
  /** Statuses shown; both when the list is empty. */
  statuses: FactStatus[];
  /** Partial dates bounding the facts' dates; undefined = open. */
  from?: string;
  to?: string;
  minSources: number;
}

/** Everything needed to rebuild a view: kept in the URL so a reload or a shared link restores it. */
export interface ViewState {
  /** Entities whose neighbourhoods are shown: the selected one first, then expanded ones. */
  focus: string[];
  hidden: string[];
  filters: Filters;
  path?: { from: string; to: string };
  /** Node whose details are open in the inspector. */
  selected?: string;
  /** The graph as of this month (YYYY-MM): only facts valid then; undefined = every fact. */
  asOf?: string;
}

/** An empty view with no filters. */
export function emptyViewState(): ViewState {
  return { focus: [], hidden: [], filters: { excludedRelations: [], statuses: [], minSources: 1 } };
}

const unique = (values: string[]) => [...new Set(values.filter((v) => v.length > 0))];

/** Reads a view from a URL query string (`?e=gustavo-petro&xrel=ALLY_OF&min=2&asof=2025-11...`); unknown or malformed values are dropped. */
export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const state = emptyViewState();
  state.focus = unique(q.getAll('e'));
  state.hidden = unique(q.getAll('hide'));
  state.filters.excludedRelations = unique(q.getAll('xrel')).filter((r) => /^[A-Z_]+$/.test(r));
  state.filters.statuses = unique(q.getAll('status')).filter((s): s is FactStatus => s === 'asserted' || s === 'reported');
  const from = q.get('from');
  const to = q.get('to');
  if (from && isPartialDate(from)) state.filters.from = from;
  if (to && isPartialDate(to)) state.filters.to = to;
  const min = Number(q.get('min'));
  if (Number.isInteger(min) && min > 1) state.filters.minSources = min;
  const pf = q.get('pf');
  const pt = q.get('pt');
  if (pf && pt) state.path = { from: pf, to: pt };
  const sel = q.get('sel');
  if (sel) state.selected = sel;
  const asOf = q.get('asof');
  if (asOf && isPartialDate(asOf)) state.asOf = asOf;
  return state;
}

/** Writes a view as a URL query string (leading `?`, or '' for the empty view). */
export function serializeViewState(state: ViewState): string {
  const q = new URLSearchParams();
  for (const id of state.focus) q.append('e', id);
  for (const id of state.hidden) q.append('hide', id);
  for (const r of state.filters.excludedRelations) q.append('xrel', r);
  for (const s of state.filters.statuses) q.append('status', s);
  if (state.filters.from) q.set('from', state.filters.from);
  if (state.filters.to) q.set('to', state.filters.to);
  if (state.filters.minSources > 1) q.set('min', String(state.filters.minSources));
  if (state.path) {
    q.set('pf', state.path.from);
    q.set('pt', state.path.to);
  }
  if (state.selected) q.set('sel', state.selected);
  if (state.asOf) q.set('asof', state.asOf);
  const text = q.toString();
  return text ? `?${text}` : '';
}
