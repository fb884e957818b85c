import { createHash } from 'node:crypto';
import { isPartialDate, relationSpec, type RelationType } from '../../model/vocabulary.ts';
import type { GdeltRow } from './gdeltColumns.ts';
import { isCameoCode, relationForCameo } from './cameoRelation.ts';
import { roleSpec } from './gdeltRoles.ts';
import type { GdeltEvent, ImportArticle, ImportEntity, ImportFact, SkipReason } from './gdeltEvent.ts';

/** GDELT events are machine-coded, not curated: they enter the graph below curated facts' 1.0. */
export const GDELT_CONFIDENCE = 0.5;

const CODE3 = /^[A-Z]{3}$/;

/** Maps one GDELT row to the entities and facts it writes, or to the reason it is skipped. */
export function gdeltRowToEvent(row: GdeltRow, line: number): GdeltEvent | { skip: SkipReason } {
  const date = sqlDate(row.SQLDATE);
  if (date === undefined) return { skip: 'bad-date' };
  const url = row.SOURCEURL.trim();
  if (!url) return { skip: 'missing-source-url' };
  const code = row.EventCode.trim();
  if (!isCameoCode(code)) return { skip: 'unknown-code' };
  const a1 = resolveActor(row, 1);
  const a2 = resolveActor(row, 2);
  if (a1 === 'missing' || a2 === 'missing') return { skip: 'actor-missing' };
  if (a1 === 'no-country' || a2 === 'no-country') return { skip: 'actor-without-country' };
  const relation = relationForCameo(code, a1.entity.type, a2.entity.type);
  if (!relation) return { skip: 'unmapped-code' };

  const article = articleFor(url, row.DATEADDED);
  const eventId = row.GLOBALEVENTID.trim() || null;
  const base = { articleId: article.id, date, confidence: GDELT_CONFIDENCE, status: 'asserted' as const, eventId };
  const facts: ImportFact[] = [
    {
      ...base,
      factId: factId(a1.entity.id, relation, a2.entity.id),
      relation,
      subjectId: a1.entity.id,
      objectId: a2.entity.id,
      evidence: `GDELT event ${eventId ?? '?'}: ${a1.label} / CAMEO ${code} / ${a2.label}`,
      cameo: code,
      goldstein: number(row.GoldsteinScale),
      avgTone: number(row.AvgTone),
      numMentions: number(row.NumMentions),
    },
  ];
  const entities = [a1.entity, a2.entity];
  for (const actor of [a1, a2]) {
    if (!actor.country) continue;
    entities.push(actor.country);
    facts.push({
      ...base,
      factId: factId(actor.entity.id, partOf, actor.country.id),
      relation: partOf,
      subjectId: actor.entity.id,
      objectId: actor.country.id,
      evidence: `GDELT actor code ${actor.code}`,
      cameo: null,
      goldstein: null,
      avgTone: null,
      numMentions: null,
    });
  }
  return { line, article, entities, facts };
}

// The structural relation for "an organisation of this country"; taken from the vocabulary.
const partOf = relationSpec('PART_OF')!.type as RelationType;

/** Fact id as the graph layout defines it: one fact per (subject, relation, object). */
function factId(subjectId: string, relation: string, objectId: string): string {
  return `${subjectId}|${relation}|${objectId}`;
}

interface ResolvedActor {
  entity: ImportEntity;
  /** The country an organisation belongs to (written with a PART_OF fact). */
  country: ImportEntity | null;
  code: string;
  label: string;
}

/**
 * Actor n of a row: a known group (IGO, rebel group...) -> Organization `GRP-<code>`; country
 * plus role -> Organization `<country>-<role>` PART_OF the country; country alone -> Country.
 * Role-, ethnic- or religion-only actors name no country: "police" of nowhere is not an entity.
 */
function resolveActor(row: GdeltRow, n: 1 | 2): ResolvedActor | 'missing' | 'no-country' {
  const code = row[`Actor${n}Code`].trim();
  if (!code) return 'missing';
  const name = titleCase(row[`Actor${n}Name`]);
  const country = row[`Actor${n}CountryCode`].trim();
  const group = row[`Actor${n}KnownGroupCode`].trim();
  const role = row[`Actor${n}Type1Code`].trim();
  const aliases = name ? [name] : [];
  const label = name ?? code;
  if (CODE3.test(group)) {
    const kind = CODE3.test(role) ? roleSpec(role).kind : 'other';
    return { entity: { id: `GRP-${group}`, type: 'Organization', name, kind, aliases }, country: null, code, label };
  }
  if (!CODE3.test(country)) return 'no-country';
  if (CODE3.test(role)) {
    const spec = roleSpec(role);
    const entity: ImportEntity = { id: `${country}-${role}`, type: 'Organization', name: `${country} ${spec.label}`, kind: spec.kind, aliases };
    return { entity, country: { id: country, type: 'Country', name: null, kind: null, aliases: [] }, code, label };
  }
  // Only a bare country code names the country itself; "USACHR" (Christians in the US) does not.
  const itself = code === country;
  const entity: ImportEntity = { id: country, type: 'Country', name: itself ? name : null, kind: null, aliases: itself ? aliases : [] };
  return { entity, country: null, code, label };
}

/** SQLDATE (YYYYMMDD) as a partial date, or undefined when it is not a real day. */
function sqlDate(value: string): string | undefined {
  const v = value.trim();
  if (!/^\d{8}$/.test(v)) return undefined;
  const date = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  return isPartialDate(date) ? date : undefined;
}

/** The article behind SOURCEURL: id is a stable hash of the URL, title the URL itself. */
function articleFor(url: string, dateAdded: string): ImportArticle {
  const id = `gdelt-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
  let publisher: string | null = null;
  try {
    publisher = new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    // GDELT sometimes carries a citation instead of a URL: keep it as title, no publisher.
  }
  const added = /^\d{8}/.test(dateAdded.trim()) ? sqlDate(dateAdded.trim().slice(0, 8)) ?? null : null;
  return { id, title: url, url, publisher, publishedAt: added };
}

function number(value: string): number | null {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** "UNITED STATES" -> "United States"; empty -> null. */
function titleCase(value: string): string | null {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v) return null;
  return v.toLowerCase().replace(/(^|[\s\-'(/])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
