import type { RelationType } from './generated/operations.ts';
import { parseViewState, serializeViewState, type ViewState } from './viewState.ts';

/**
 * The page's mutable state in one place: the view (mirrored in the URL so a reload or a shared
 * link restores it), the vocabulary and date range the server reported, and the entity names
 * seen so far (labels for ids that are not on screen).
 */
export interface ViewStore {
  /** The current view; change it only through commit(), so the URL follows. */
  readonly state: ViewState;
  /** The schema's relation types, in vocabulary order (from the server at start-up). */
  relationTypes: RelationType[];
  /** Months from the earliest to the latest fact date (the date sliders' steps). */
  months: string[];
  readonly names: Map<string, string>;
  /** Replaces the view and writes it to the URL: a new history entry ('push') or the same one. */
  commit(next: ViewState, mode: 'push' | 'replace'): void;
  /** Reads the view back from the URL (back / forward buttons). */
  restoreFromUrl(): void;
  /** The relation types to ask for, or null when none is switched off (all of them). */
  includedRelations(): RelationType[] | null;
}

/** A store whose view starts from the page's URL. */
export function createViewStore(): ViewStore {
  let state = parseViewState(window.location.search);
  return {
    get state() {
      return state;
    },
    relationTypes: [],
    months: [],
    names: new Map(),
    commit(next, mode) {
      state = next;
      const url = `${window.location.pathname}${serializeViewState(state)}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    restoreFromUrl() {
      state = parseViewState(window.location.search);
    },
    includedRelations() {
      if (!state.filters.excludedRelations.length) return null;
      const excluded = new Set(state.filters.excludedRelations);
      return this.relationTypes.filter((r) => !excluded.has(r));
    },
  };
}
