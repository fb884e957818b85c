import { h, relationWords } from './dom.ts';
import type { Filters, FactStatus } from './viewState.ts';

/** What the filter panel shows besides the filters themselves. */
export interface FilterContext {
  /** Relation types present in the current view, with their edge counts. */
  counts: Map<string, number>;
  /** All relation types of the schema, in vocabulary order. */
  relationTypes: string[];
  /** Months (YYYY-MM) from the earliest to the latest fact date; empty when no fact is dated. */
  months: string[];
}

/** Months from `min` to `max` inclusive, as YYYY-MM (partial dates: "2022" counts as 2022-01). */
export function monthsBetween(min: string | null | undefined, max: string | null | undefined): string[] {
  if (!min || !max) return [];
  const [y0, m0] = [Number(min.slice(0, 4)), Number(min.slice(5, 7) || '1')];
  const [y1, m1] = [Number(max.slice(0, 4)), Number(max.slice(5, 7) || '12')];
  const months: string[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (months.length > 1200) break; // a century of months is plenty for a slider
  }
  return months;
}

/** Renders the filters (relation checkboxes, status, date range slider, minimum sources); calls onChange with new filters. */
export function renderFilters(container: HTMLElement, filters: Filters, context: FilterContext, onChange: (next: Filters) => void): void {
  const excluded = new Set(filters.excludedRelations);
  const shown = context.relationTypes.filter((r) => context.counts.has(r) || excluded.has(r));
  const statuses: FactStatus[] = filters.statuses.length ? filters.statuses : ['asserted', 'reported'];

  const relationBoxes = shown.map((relation) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'relation',
        value: relation,
        checked: !excluded.has(relation),
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          const next = new Set(excluded);
          if (on) next.delete(relation);
          else next.add(relation);
          onChange({ ...filters, excludedRelations: context.relationTypes.filter((r) => next.has(r)) });
        },
      }),
      ` ${relationWords(relation)} `,
      h('span', { class: 'count' }, String(context.counts.get(relation) ?? 0)),
    ),
  );

  const statusBoxes = (['asserted', 'reported'] as const).map((status) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'status',
        value: status,
        checked: statuses.includes(status),
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          const next = on ? [...new Set([...statuses, status])] : statuses.filter((s) => s !== status);
          // Neither box checked would show nothing; keep the other one.
          const fixed = next.length === 0 ? (['asserted', 'reported'] as FactStatus[]).filter((s) => s !== status) : next;
          onChange({ ...filters, statuses: fixed.length === 2 ? [] : fixed });
        },
      }),
      ` ${status}`,
    ),
  );

  const months = context.months;
  const last = months.length - 1;
  const fromIndex = filters.from ? Math.max(0, months.indexOf(filters.from.slice(0, 7))) : 0;
  const toIndexRaw = filters.to ? months.indexOf(filters.to.slice(0, 7)) : last;
  const toIndex = toIndexRaw < 0 ? last : toIndexRaw;
  const dateLabel = h('output', { id: 'date-range-label' }, months.length ? `${months[fromIndex]} – ${months[toIndex]}` : 'no dated facts');
  const slider = (which: 'from' | 'to', value: number) =>
    h('input', {
      type: 'range',
      id: `date-${which}`,
      min: 0,
      max: Math.max(last, 0),
      step: 1,
      value,
      disabled: months.length < 2,
      'aria-label': which === 'from' ? 'Facts from (month)' : 'Facts up to (month)',
      oninput: () => {
        const a = Number((document.getElementById('date-from') as HTMLInputElement).value);
        const b = Number((document.getElementById('date-to') as HTMLInputElement).value);
        dateLabel.textContent = `${months[Math.min(a, b)]} – ${months[Math.max(a, b)]}`;
      },
      onchange: () => {
        const a = Number((document.getElementById('date-from') as HTMLInputElement).value);
        const b = Number((document.getElementById('date-to') as HTMLInputElement).value);
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        onChange({ ...filters, from: lo > 0 ? months[lo] : undefined, to: hi < last ? months[hi] : undefined });
      },
    });

  container.replaceChildren(
    h(
      'fieldset',
      { id: 'relation-filter' },
      h('legend', {}, 'Relation types'),
      shown.length ? relationBoxes : h('p', { class: 'muted' }, 'Nothing in view yet.'),
      shown.length > 1
        ? h(
            'div',
            { class: 'button-row' },
            h('button', { type: 'button', class: 'small', onclick: () => onChange({ ...filters, excludedRelations: [] }) }, 'All'),
            h('button', { type: 'button', class: 'small', onclick: () => onChange({ ...filters, excludedRelations: [...shown] }) }, 'None'),
          )
        : null,
    ),
    h('fieldset', { id: 'status-filter' }, h('legend', {}, 'Status'), statusBoxes),
    h('fieldset', { id: 'date-filter' }, h('legend', {}, 'Date range'), dateLabel, slider('from', fromIndex), slider('to', toIndex)),
    h(
      'fieldset',
      { id: 'sources-filter' },
      h('legend', {}, 'Minimum sources'),
      h('input', {
        type: 'number',
        id: 'min-sources',
        min: 1,
        step: 1,
        value: filters.minSources,
        'aria-label': 'Minimum number of sources',
        onchange: (e: Event) => {
          const value = Math.max(1, Math.floor(Number((e.target as HTMLInputElement).value) || 1));
          onChange({ ...filters, minSources: value });
        },
      }),
    ),
  );
}
