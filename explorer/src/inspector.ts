import { h, relationWords, dateSpan } from './dom.ts';
import { renderTimeDetails, renderTimelineValidity } from './factTime.ts';
import { lookOf } from './graphStyle.ts';
import type { EntityDetail, FactDetail, PathResult, SourceDetail, TimelineFact } from './queries.ts';

/** What the inspector's buttons and links can ask the page to do. */
export interface InspectorActions {
  expand(id: string): void;
  hide(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  showPair(a: string, b: string, factId?: string): void;
  focusEntity(id: string): void;
}

const typeBadge = (type: string, kind?: string | null) =>
  h('span', { class: 'badge', style: `border-color:${lookOf(type).color}` }, h('span', { class: 'swatch', style: `background:${lookOf(type).color}` }), kind ? `${type} · ${kind}` : type);

function propertiesText(properties: Record<string, unknown> | null | undefined): string {
  if (!properties) return '';
  return Object.entries(properties)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

/** The node panel: type, aliases, description, offices and timeline, with expand / hide / path buttons. */
export function renderEntity(entity: EntityDetail, actions: InspectorActions): HTMLElement {
  const factLine = (fact: TimelineFact) => {
    const other = fact.subject.id === entity.id ? fact.object : fact.subject;
    const outgoing = fact.subject.id === entity.id;
    return h(
      'li',
      { class: fact.validTo ? 'ended' : undefined, 'data-fact-id': fact.id },
      h('span', { class: 'date', title: 'Reported dates (first – last)' }, dateSpan(fact.firstDate, fact.lastDate) || 'undated'),
      ' ',
      h(
        'button',
        { class: 'link', type: 'button', title: 'Show the facts and their sources', onclick: () => actions.showPair(fact.subject.id, fact.object.id, fact.id) },
        outgoing ? `${relationWords(fact.relation)} → ${other.name}` : `← ${other.name} ${relationWords(fact.relation)}`,
      ),
      fact.status === 'reported' ? h('span', { class: 'status reported' }, 'reported') : null,
      ' · ',
      renderTimelineValidity(fact.validFrom, fact.validTo, fact.relation),
    );
  };
  return h(
    'section',
    { class: 'inspect-entity', 'data-entity-id': entity.id },
    h('h2', {}, entity.name),
    h('p', {}, typeBadge(entity.type, entity.kind), ' ', h('span', { class: 'muted' }, `${entity.degree} connection${entity.degree === 1 ? '' : 's'} · id ${entity.id}`)),
    entity.description ? h('p', {}, entity.description) : null,
    entity.aliases.length ? h('p', {}, h('strong', {}, 'Also known as: '), entity.aliases.join(', ')) : null,
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', onclick: () => actions.expand(entity.id) }, 'Expand neighbours'),
      h('button', { type: 'button', onclick: () => actions.hide(entity.id) }, 'Hide'),
      h('button', { type: 'button', onclick: () => actions.pathFrom(entity.id, entity.name) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => actions.pathTo(entity.id, entity.name) }, 'Path to here'),
    ),
    entity.offices.length
      ? [
          h('h3', {}, 'Offices'),
          h(
            'ul',
            { class: 'facts' },
            entity.offices.map((o) =>
              h('li', {}, `${o.subject.name} — ${String(o.properties?.title ?? 'office')} of ${o.object.name}`, dateSpan(o.firstDate, o.lastDate) ? ` (${dateSpan(o.firstDate, o.lastDate)})` : ''),
            ),
          ),
        ]
      : null,
    h('h3', {}, 'Timeline'),
    entity.timeline.length ? h('ul', { class: 'facts timeline' }, entity.timeline.map(factLine)) : h('p', { class: 'muted' }, 'No facts.'),
  );
}

function renderSource(source: SourceDetail): HTMLElement {
  const title = source.article.url
    ? h('a', { href: source.article.url, target: '_blank', rel: 'noopener noreferrer' }, source.article.title)
    : h('span', {}, source.article.title);
  return h(
    'li',
    { class: 'source' },
    h('blockquote', { class: 'evidence' }, `“${source.evidence}”`),
    h(
      'p',
      { class: 'source-meta' },
      title,
      source.article.publisher ? ` — ${source.article.publisher}` : '',
      ' · ',
      source.date ?? source.article.publishedAt ?? 'undated',
      ' · ',
      h('span', { class: `status ${source.status}` }, source.status),
      source.confidence < 1 ? ` · confidence ${source.confidence.toFixed(2)}` : '',
    ),
  );
}

/** One fact with every source that reports it. */
export function renderFact(fact: FactDetail, actions: InspectorActions, highlighted = false): HTMLElement {
  const props = propertiesText(fact.properties);
  return h(
    'article',
    { class: highlighted ? 'fact highlighted' : 'fact', 'data-fact-id': fact.id },
    h(
      'h3',
      {},
      h('button', { class: 'link', type: 'button', onclick: () => actions.focusEntity(fact.subject.id) }, fact.subject.name),
      ` ${relationWords(fact.relation)} `,
      h('button', { class: 'link', type: 'button', onclick: () => actions.focusEntity(fact.object.id) }, fact.object.name),
    ),
    h(
      'p',
      { class: 'muted' },
      fact.relation,
      dateSpan(fact.firstDate, fact.lastDate) ? ` · ${dateSpan(fact.firstDate, fact.lastDate)}` : '',
      ` · ${fact.sourceCount} source${fact.sourceCount === 1 ? '' : 's'} · `,
      h('span', { class: `status ${fact.status}` }, fact.status),
      props ? ` · ${props}` : '',
    ),
    renderTimeDetails(fact),
    h('ul', { class: 'sources' }, fact.sources.map(renderSource)),
  );
}

/** The edge panel: every fact between the two entities, the clicked one first. */
export function renderFacts(facts: FactDetail[], factId: string | undefined, actions: InspectorActions): HTMLElement {
  const ordered = [...facts].sort((a, b) => Number(b.id === factId) - Number(a.id === factId));
  return h(
    'section',
    { class: 'inspect-edge' },
    h('h2', {}, `${ordered.length} fact${ordered.length === 1 ? '' : 's'} between these two`),
    ordered.length ? ordered.map((f) => renderFact(f, actions, f.id === factId)) : h('p', { class: 'muted' }, 'No facts (they may have been retracted).'),
  );
}

/** The path panel: the entities in order and the facts along the way. */
export function renderPath(path: PathResult | undefined, fromName: string, toName: string, actions: InspectorActions): HTMLElement {
  if (!path) return h('section', { class: 'inspect-path' }, h('h2', {}, 'No path'), h('p', {}, `No path of at most 4 steps links ${fromName} and ${toName} under the current filters.`));
  return h(
    'section',
    { class: 'inspect-path' },
    h('h2', {}, `Path: ${path.length} step${path.length === 1 ? '' : 's'}`),
    h('p', { class: 'path-chain' }, path.entities.map((e) => e.name).join(' → ')),
    path.facts.map((f) => renderFact(f, actions)),
  );
}
