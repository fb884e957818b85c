import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../explorer/src/filtersPanel.ts';
import { emptyViewState, parseViewState, serializeViewState, type ViewState } from '../../explorer/src/viewState.ts';

describe('the explorer page URL state', () => {
  it('round-trips a full view through the query string', () => {
    const state: ViewState = {
      focus: ['gustavo-petro', 'USA'],
      hidden: ['farc'],
      filters: { excludedRelations: ['ALLY_OF', 'PART_OF'], statuses: ['asserted'], from: '2024-01', to: '2025-10', minSources: 2 },
      path: { from: 'gustavo-petro', to: 'FRA' },
      selected: 'USA',
      asOf: '2025-11',
    };
    const query = serializeViewState(state);
    expect(query).toBe('?e=gustavo-petro&e=USA&hide=farc&xrel=ALLY_OF&xrel=PART_OF&status=asserted&from=2024-01&to=2025-10&min=2&pf=gustavo-petro&pt=FRA&sel=USA&asof=2025-11');
    expect(parseViewState(query)).toEqual(state);
  });

  it('writes nothing for the empty view and reads an empty query as the empty view', () => {
    expect(serializeViewState(emptyViewState())).toBe('');
    expect(parseViewState('')).toEqual(emptyViewState());
  });

  it('drops malformed values from a hand-edited URL instead of sending them to the API', () => {
    const state = parseViewState('?e=a&e=a&e=&xrel=ally_of;DROP&xrel=ALLY_OF&status=maybe&from=last-week&to=2025-13-99&min=-3&pf=a&asof=yesterday');
    expect(state.focus).toEqual(['a']);
    expect(state.filters.excludedRelations).toEqual(['ALLY_OF']);
    expect(state.filters.statuses).toEqual([]);
    expect(state.filters.from).toBeUndefined();
    expect(state.filters.to).toBeUndefined();
    expect(state.filters.minSources).toBe(1);
    expect(state.path).toBeUndefined(); // a path needs both ends
    expect(state.asOf).toBeUndefined();
  });
});

describe('the date range slider months', () => {
  it('spans partial dates month by month, a bare year counting as its whole year', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2022', '2022')).toHaveLength(12);
    expect(monthsBetween('2025-10-03', '2025-10-31')).toEqual(['2025-10']);
  });

  it('is empty when no fact is dated', () => {
    expect(monthsBetween(null, null)).toEqual([]);
  });
});
