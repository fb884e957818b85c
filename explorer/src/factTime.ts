// The inspector's lines on a fact's time and tension: when it held (valid from / to), how many
// independent publishers report it, and who denies it.
import { ENDING_RELATIONS } from '../../src/model/vocabulary.ts';
import { h, relationWords } from './dom.ts';
import type { Denial, FactDetail } from './queries.ts';

/**
 * An ending relation (LIFTED_SANCTIONS_ON ends SANCTIONED) is an act at a date, not a state that
 * holds: "took effect 2026-01" rather than "valid from 2026-01" / "2026-01 – ongoing".
 */
function endingText(relation: string | undefined, validFrom: string | null | undefined): string | undefined {
  if (!relation || !ENDING_RELATIONS[relation]) return undefined;
  return validFrom ? `took effect ${validFrom}` : 'date of effect unknown';
}

/** "valid 2022 – 2025-11", "valid from 2025-11", "valid until 2025-11", "took effect 2026-01" (an ending), or "valid time unknown". */
export function validityText(validFrom: string | null, validTo: string | null, relation?: string): string {
  const ending = endingText(relation, validFrom);
  if (ending) return ending;
  if (validFrom && validTo) return `valid ${validFrom} – ${validTo} (ended)`;
  if (validFrom) return `valid from ${validFrom}`;
  if (validTo) return `valid until ${validTo} (ended)`;
  return 'valid time unknown';
}

/** A timeline row's validity: "2025-11 – ongoing" (open interval), "2025-11 – 2026-01" (ended), "? – 2026-01", or "validity unknown". */
export function validitySpan(validFrom: string | null | undefined, validTo: string | null | undefined): string {
  if (!validFrom && !validTo) return 'validity unknown';
  return `${validFrom ?? '?'} – ${validTo ?? 'ongoing'}`;
}

/** The validity part of a timeline row: its span, and an "ended" mark when an end is known; an ending relation's date of effect. */
export function renderTimelineValidity(validFrom: string | null | undefined, validTo: string | null | undefined, relation?: string): HTMLElement {
  const ending = endingText(relation, validFrom);
  if (ending) return h('span', { class: 'validity', title: 'An ending: the date it took effect' }, ending);
  const ended = Boolean(validTo);
  return h(
    'span',
    { class: ended ? 'validity ended' : 'validity', title: 'Valid time: when the fact held' },
    `valid ${validitySpan(validFrom, validTo)}`,
    ended ? [' ', h('span', { class: 'status ended' }, 'ended')] : null,
  );
}

function denialLine(denial: Denial): HTMLElement {
  const who = denial.fact ? `${denial.fact.subject.name} ${relationWords(denial.fact.relation)} ${denial.fact.object.name}` : 'reported as denied';
  const where = denial.source.article.publisher ? `${denial.source.article.title} — ${denial.source.article.publisher}` : denial.source.article.title;
  return h('li', {}, h('strong', {}, who), `: “${denial.source.evidence}” (${where})`);
}

/** Validity, publishers and contest of a fact, with its denials. */
export function renderTimeDetails(fact: FactDetail): HTMLElement {
  return h(
    'div',
    { class: 'time-details' },
    h(
      'p',
      { class: 'validity muted' },
      validityText(fact.validFrom, fact.validTo, fact.relation),
      ` · ${fact.publisherCount} independent publisher${fact.publisherCount === 1 ? '' : 's'}`,
      fact.contested ? [' · ', h('span', { class: 'status contested' }, 'contested')] : null,
    ),
    fact.denials.length ? [h('p', { class: 'muted' }, 'Denied by:'), h('ul', { class: 'denials' }, fact.denials.map(denialLine))] : null,
  );
}
