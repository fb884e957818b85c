import { describe, expect, it } from 'vitest';
import { shown, type LiveFact } from '../../explorer/src/liveFacts.ts';
import { emptyViewState, type ViewState } from '../../explorer/src/viewState.ts';

const entity = (id: string) => ({ id, type: 'Person' as const, name: id, aliases: [], kind: null });
const fact: LiveFact = {
  id: 'gustavo-petro|CRITICIZED|trump-administration',
  relation: 'CRITICIZED',
  sourceCount: 1,
  status: 'asserted',
  firstDate: '2025-10-20',
  lastDate: '2025-10-20',
  validFrom: '2025-10-20',
  validTo: null,
  publisherCount: 1,
  contested: false,
  subject: entity('gustavo-petro'),
  object: entity('trump-administration'),
};

/** A store with the given view; `included` is what includedRelations() answers (null: all). */
function store(change: (s: ViewState) => void, included: string[] | null = null) {
  const state = emptyViewState();
  change(state);
  return { state, includedRelations: () => included as never };
}

// Live mode adds a fact that came in only when the page's filters would have shown it.
describe('the explorer live mode filter', () => {
  it('shows a fact under no filters', () => {
    expect(shown(fact, store(() => {}))).toBe(true);
  });

  it('follows the relation types, statuses, minimum sources, date range and hidden entities', () => {
    expect(shown(fact, store(() => {}, ['ALLY_OF']))).toBe(false);
    expect(shown(fact, store(() => {}, ['ALLY_OF', 'CRITICIZED']))).toBe(true);
    expect(shown(fact, store((s) => (s.filters.statuses = ['reported'])))).toBe(false);
    expect(shown(fact, store((s) => (s.filters.minSources = 2)))).toBe(false);
    expect(shown(fact, store((s) => (s.filters.from = '2025-11')))).toBe(false);
    expect(shown(fact, store((s) => (s.filters.to = '2025-09')))).toBe(false);
    expect(shown(fact, store((s) => ((s.filters.from = '2025-10'), (s.filters.to = '2025-10'))))).toBe(true);
    expect(shown(fact, store((s) => (s.hidden = ['trump-administration'])))).toBe(false);
    // The time slider shows the graph as it was: nothing new comes into a past view.
    expect(shown(fact, store((s) => (s.asOf = '2025-12')))).toBe(false);
  });
});
