import type { EntityType } from '../model/vocabulary.ts';
import type { EntityTable, GazetteerEntry } from './entityTable.ts';
import type { KnownEntity } from './types.ts';

/** An entity mention in one sentence (offsets relative to the sentence). */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** entity: names an entity; demonym: "Colombian" (a country, usable only as a modifier). */
  kind: 'entity' | 'demonym' | 'operation';
  entityId: string;
  type: EntityType;
  /** How it was resolved: by name, pronoun, short name or a nominal ("the Colombian leader"). */
  via: 'name' | 'pronoun' | 'short' | 'nominal' | 'title';
}

/** An office found next to a name ("French Foreign Minister Jean-Noël Barrot"). */
export interface OfficeClaim {
  personId: string;
  title: string;
  orgOrCountryId?: string;
  /** true when the country was not named with the title but taken from the context. */
  inferred?: boolean;
  start: number;
  end: number;
}

/** Structural facts found while typing new entities ("the Colombian military" is part of COL). */
export interface PartClaim {
  orgId: string;
  parentId: string;
  start: number;
  end: number;
}

/** What the discourse remembers across sentences: recent mentions, offices held. */
export interface Discourse {
  recent: Array<{ id: string; type: EntityType; name: string; kind?: string }>;
  offices: Array<{ personId: string; title: string; of?: string }>;
}

const TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Interior Minister', 'Finance Minister', 'Economy Minister', 'Trade Minister', 'Energy Minister', 'Justice Minister', 'Minister',
  'Secretary of State', 'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Treasury Secretary', 'Home Secretary',
  'Chancellor', 'King', 'Queen', 'Emperor', 'Ambassador', 'General', 'Gen.', 'Admiral', 'Adm.', 'Senator', 'Sen.',
  'Governor', 'Mayor', 'Commander', 'Army Chief', 'Chief of Staff', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Supreme Leader', 'Foreign Affairs Minister', 'High Representative', 'Secretary-General', 'Secretary General',
];
const TITLE_RE = TITLES.slice().sort((a, b) => b.length - a.length).map((t) => t.replace(/[.]/g, '\\.')).join('|');
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*\p{L}(?:\s+(?:de\s+|da\s+|van\s+|von\s+|al-|bin\s+|el-)?\p{Lu}[\p{L}'’-]*\p{L}){0,2}`;
const ORG_HEADS: Array<[RegExp, string]> = [
  [/^(?:military|army|navy|air force|armed forces|security forces|public security forces|troops|forces|coast guard)$/i, 'military'],
  [/^(?:intelligence services|intelligence agencies|security agencies|intelligence|spy agency|intelligence agency)$/i, 'intelligence'],
  [/^(?:police|national police)$/i, 'police'],
  [/^(?:government|foreign ministry|defense ministry|defence ministry|treasury|treasury department|state department|finance ministry|cabinet)$/i, 'government'],
];
const ORG_HEAD_RE = 'public security forces|security forces|armed forces|air force|coast guard|military|army|navy|troops|intelligence services|intelligence agencies|security agencies|spy agency|national police|police|government|foreign ministry|defen[cs]e ministry|finance ministry|Treasury Department|Treasury|State Department';
const NAMED_ORG_HEADS: Array<[RegExp, string]> = [
  [/(?:Army|Forces|Navy|Guard|Command|Brigade|Militia|Front)$/, 'armed_group'],
  [/(?:Cartel|Gang|Clan)$/, 'criminal_group'],
  [/(?:Ministry|Department|Office|Council|Agency|Commission|Parliament|Senate|Congress)$/, 'government'],
  [/(?:Party)$/, 'political_party'],
  [/(?:Bank|Company|Corporation|Group|Inc\.?|Ltd\.?)$/, 'business'],
  [/(?:Union|Organization|Organisation|Alliance|Court)$/, 'international'],
];
const PRONOUN = /\b(?:he|him|his|she|her|its|He|His|She|Her|Its)\b/g;
// Offices that belong to a state, so a bare title refers to the country being discussed.
const NATIONAL_TITLE = /^(?:President|Vice President|Prime Minister|Deputy Prime Minister|.*Minister|.*Secretary|Chancellor|King|Queen|Supreme Leader)$/i;
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')));

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex matching any of the gazetteer surfaces as whole words (longest first). */
export function gazetteerRegex(entries: readonly GazetteerEntry[]): RegExp | undefined {
  const surfaces = new Set<string>();
  for (const e of entries) {
    surfaces.add(e.surface);
    if (/^\p{Ll}/u.test(e.surface)) surfaces.add(e.surface[0]!.toUpperCase() + e.surface.slice(1));
  }
  if (!surfaces.size) return undefined;
  const alt = [...surfaces].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alt})(?![\\p{L}\\p{N}]|['’]\\p{L}{2})`, 'gu');
}

interface Candidate {
  start: number;
  end: number;
  rank: number;
  make: () => Mention | undefined;
}

/** The mention finder for one article: built once, run sentence by sentence in text order. */
export class MentionFinder {
  private readonly gazetteer: RegExp | undefined;
  private readonly demonymRe: RegExp;
  private readonly titlePersonRe: RegExp;
  private readonly lowerTitlePersonRe: RegExp;
  private readonly countryOrgRe: RegExp;
  private readonly nominalPersonRe: RegExp;
  private shortRe: RegExp | undefined;
  private shortCount = 0;
  readonly offices: OfficeClaim[] = [];
  readonly parts: PartClaim[] = [];

  constructor(
    private readonly table: EntityTable,
    private readonly discourse: Discourse,
  ) {
    this.gazetteer = gazetteerRegex(table.gazetteer);
    const dem = [...table.demonyms.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
    const countryNames = table.gazetteer.filter((g) => g.entity.type === 'Country').map((g) => g.surface).sort((a, b) => b.length - a.length).map(escape).join('|');
    this.demonymRe = new RegExp(`(?<![\\p{L}-])(?:${dem})(?![\\p{L}])`, 'gu');
    this.titlePersonRe = new RegExp(`(?:(?:[Tt]he\\s+)?(${dem}|${countryNames})(?:['’]s)?\\s+)?(${TITLE_RE})\\s+(${NAME})`, 'gu');
    // "Kremlin spokesman Dmitry Peskov": a lower-case title needs the country in front of it.
    this.lowerTitlePersonRe = new RegExp(`(?:[Tt]he\\s+)?(${dem}|${countryNames})(?:['’]s)?\\s+(${TITLE_RE.toLowerCase()})\\s+(${NAME})`, 'gu');
    this.countryOrgRe = new RegExp(`(?:[Tt]he\\s+)?(${dem}|${countryNames})(?:['’]s?)?\\s+(${ORG_HEAD_RE})\\b`, 'gu');
    this.nominalPersonRe = new RegExp(`\\b[Tt]he\\s+(${dem})\\s+(leader|president|prime minister|premier|head of state|foreign minister|defen[cs]e minister|monarch|king)\\b`, 'gu');
  }

  private countryOf(surface: string): KnownEntity | undefined {
    const e = this.table.demonyms.get(surface) ?? this.table.resolve(surface);
    return e && e.type === 'Country' ? e : undefined;
  }

  /** Mentions of one sentence, non-overlapping, in order; updates the discourse. */
  find(text: string, personSpans: ReadonlyArray<[number, number]>): Mention[] {
    const cands: Candidate[] = [];
    const add = (start: number, end: number, rank: number, make: () => Mention | undefined) => cands.push({ start, end, rank, make });
    let m: RegExpExecArray | null;

    const titleMatches = [...text.matchAll(this.titlePersonRe), ...text.matchAll(this.lowerTitlePersonRe)];
    for (m of titleMatches) {
      const match = m;
      let name = match[3]!.replace(/['’]s$/, '');
      const words = name.split(/\s+/);
      while (words.length > 1 && TITLE_WORDS.has(words[0]!)) words.shift();
      name = words.join(' ');
      if (this.table.resolve(name)?.type && this.table.resolve(name)!.type !== 'Person') continue;
      const end = match.index + match[0].length - (match[3]!.length - match[3]!.replace(/['’]s$/, '').length);
      add(match.index, end, 1, () => {
        const person = this.table.resolveOrCreate(name, 'Person');
        if (person.type !== 'Person') return undefined;
        const id = this.table.use(person, name);
        const title = match[2]!.replace(/\.$/, '');
        let country = match[1] ? this.countryOf(match[1]) : undefined;
        // "Prime Minister Viktor Orban" with no country: the country the text is about (lower confidence).
        const inferred = !country && NATIONAL_TITLE.test(title);
        if (inferred) {
          const focus = this.discourse.recent.slice(-6).reverse().find((r) => r.type === 'Country');
          country = focus && this.table.get(focus.id);
        }
        this.offices.push({ personId: id, title, orgOrCountryId: country ? this.table.use(country, match[1]) : undefined, start: match.index, end, inferred });
        if (country) this.discourse.offices.push({ personId: id, title, of: country.id });
        this.learnShortName(name, person);
        return { start: match.index, end, surface: match[0], kind: 'entity', entityId: id, type: 'Person', via: 'title' };
      });
    }

    this.countryOrgRe.lastIndex = 0;
    while ((m = this.countryOrgRe.exec(text))) {
      const match = m;
      add(match.index, match.index + match[0].length, 2, () => {
        const country = this.countryOf(match[1]!);
        if (!country) return undefined;
        const head = match[2]!.toLowerCase();
        const kind = ORG_HEADS.find(([re]) => re.test(head))?.[1] ?? 'government';
        const name = match[0].replace(/^[Tt]he\s+/, '').replace(/['’]s?\s+/, ' ');
        const org = this.table.resolve(match[0]) ?? this.table.resolveOrCreate(name, 'Organization', name, kind);
        const id = this.table.use(org, match[0]);
        if (org.type === 'Organization' && !this.table.get(id)?.name.includes('government')) {
          this.parts.push({ orgId: id, parentId: this.table.use(country), start: match.index, end: match.index + match[0].length });
        }
        return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'entity', entityId: id, type: org.type, via: 'name' };
      });
    }

    // "the Trump administration": a government named after its leader.
    const admin = /\b(\p{Lu}\p{L}+)\s+administration\b/gu;
    while ((m = admin.exec(text))) {
      const match = m;
      if (match[1] === 'The') continue;
      add(match.index, match.index + match[0].length, 2, () => {
        const org = this.table.resolveOrCreate(match[0], 'Organization', `${match[1]} administration`, 'government');
        return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'entity', entityId: this.table.use(org, match[0]), type: org.type, via: 'name' };
      });
    }

    // Capitalised names ending in an organisation head word ("Revolutionary Armed Forces").
    const named = /(?<![\p{L}])(?:\p{Lu}[\p{L}.&'’-]*\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?){1,4}?(?:Army|Forces|Navy|Guard|Command|Brigade|Militia|Front|Cartel|Gang|Clan|Ministry|Department|Office|Council|Agency|Commission|Parliament|Party|Bank|Company|Corporation|Union|Organization|Organisation|Alliance|Court)\b/gu;
    while ((m = named.exec(text))) {
      const match = m;
      const surface = match[0].replace(/^(?:The|A|An)\s+/, '');
      const offset = match[0].length - surface.length;
      if (surface.split(/\s+/).length < 2) continue;
      add(match.index + offset, match.index + match[0].length, 3, () => {
        const kind = NAMED_ORG_HEADS.find(([re]) => re.test(surface))?.[1] ?? 'other';
        const org = this.table.resolveOrCreate(surface, 'Organization', surface, kind);
        return { start: match.index + offset, end: match.index + match[0].length, surface, kind: 'entity', entityId: this.table.use(org, surface), type: org.type, via: 'name' };
      });
    }

    // Web publishers ("Antiwar.com") are media organisations.
    const domain = /\b\p{Lu}[\p{L}\d-]*\.(?:com|org|net|news)\b/gu;
    while ((m = domain.exec(text))) {
      const match = m;
      add(match.index, match.index + match[0].length, 3, () => {
        const org = this.table.resolveOrCreate(match[0], 'Organization', match[0], 'media');
        return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'entity', entityId: this.table.use(org, match[0]), type: org.type, via: 'name' };
      });
    }

    if (this.gazetteer) {
      this.gazetteer.lastIndex = 0;
      while ((m = this.gazetteer.exec(text))) {
        const match = m;
        add(match.index, match.index + match[0].length, 4, () => {
          const e = this.table.resolve(match[0]);
          if (!e) return undefined;
          if (e.type === 'Person') this.learnShortName(e.name, e);
          return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: e.type === 'Operation' ? 'operation' : 'entity', entityId: this.table.use(e, match[0]), type: e.type, via: 'name' };
        });
      }
    }

    for (const [s, e] of personSpans) {
      let surface = text.slice(s, e).replace(/['’]s$/, '');
      const words = surface.split(/\s+/);
      let start = s;
      while (words.length > 1 && TITLE_WORDS.has(words[0]!)) start += words.shift()!.length + 1;
      surface = words.join(' ');
      if (words.length < 2 || /[/@]/.test(surface)) continue;
      add(start, start + surface.length, 5, () => {
        const p = this.table.resolveOrCreate(surface, 'Person');
        if (p.type !== 'Person') return undefined;
        this.learnShortName(surface, p);
        return { start, end: start + surface.length, surface, kind: 'entity', entityId: this.table.use(p, surface), type: 'Person', via: 'name' };
      });
    }

    if (this.table.shortNames.length !== this.shortCount) {
      this.shortCount = this.table.shortNames.length;
      this.shortRe = gazetteerRegex(this.table.shortNames);
    }
    if (this.shortRe) {
      this.shortRe.lastIndex = 0;
      while ((m = this.shortRe.exec(text))) {
        const match = m;
        add(match.index, match.index + match[0].length, 6, () => {
          const e = this.table.resolve(match[0]);
          if (!e) return undefined;
          return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'entity', entityId: this.table.use(e), type: e.type, via: 'short' };
        });
      }
    }

    this.nominalPersonRe.lastIndex = 0;
    while ((m = this.nominalPersonRe.exec(text))) {
      const match = m;
      add(match.index, match.index + match[0].length, 6, () => {
        const country = this.countryOf(match[1]!);
        const holder = [...this.discourse.offices].reverse().find((o) => o.of === country?.id);
        const e = holder && this.table.get(holder.personId);
        if (!e) return undefined;
        return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'entity', entityId: this.table.use(e, match[0]), type: 'Person', via: 'nominal' };
      });
    }

    // "the administration", "the government": the last such body mentioned.
    const nominal = /\b[Tt]he\s+(administration|government|military|army|alliance|bloc)\b(?!\s+(?:operations?|campaign|strikes?|action|personnel|junta|leaders?|officials?|exercises?|aid|assistance|presence|bases?|spending|budget))/g;
    while ((m = nominal.exec(text))) {
      const match = m;
      add(match.index, match.index + match[0].length, 7, () => {
        const word = match[1]!.toLowerCase();
        const r = [...this.discourse.recent].reverse().find((x) =>
          x.type === 'Organization' && (x.name.toLowerCase().includes(word) || (word === 'government' && x.kind === 'government') || ((word === 'military' || word === 'army') && x.kind === 'military') || ((word === 'alliance' || word === 'bloc') && x.kind === 'international')),
        );
        const e = r && this.table.get(r.id);
        if (!e) return undefined;
        return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'entity', entityId: this.table.use(e), type: e.type, via: 'nominal' };
      });
    }

    this.demonymRe.lastIndex = 0;
    while ((m = this.demonymRe.exec(text))) {
      const match = m;
      add(match.index, match.index + match[0].length, 8, () => {
        const c = this.table.demonyms.get(match[0]);
        if (!c) return undefined;
        return { start: match.index, end: match.index + match[0].length, surface: match[0], kind: 'demonym', entityId: c.id, type: 'Country', via: 'name' };
      });
    }

    PRONOUN.lastIndex = 0;
    while ((m = PRONOUN.exec(text))) {
      const match = m;
      add(match.index, match.index + match[0].length, 9, () => undefined);
    }

    // Longest span first, then the more specific detector; keep non-overlapping ones.
    cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
    const taken: Candidate[] = [];
    for (const c of cands) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
    taken.sort((a, b) => a.start - b.start);

    const out: Mention[] = [];
    for (const c of taken) {
      let mention: Mention | undefined;
      if (c.rank === 9) mention = this.resolvePronoun(text.slice(c.start, c.end), c.start, c.end, out, text);
      else mention = c.make();
      if (!mention) continue;
      out.push(mention);
      if (mention.kind !== 'demonym') {
        const e = this.table.get(mention.entityId);
        if (e) this.discourse.recent.push({ id: e.id, type: e.type, name: e.name, kind: e.kind });
      }
    }
    // "Kurdistan Workers' Party (PKK)": the acronym names the same entity for the rest of the article.
    for (const m of out) {
      const acronym = /^\s*\((\p{Lu}[\p{Lu}\d-]{1,7})\)/u.exec(text.slice(m.end));
      const e = m.kind === 'entity' && m.via !== 'pronoun' ? this.table.get(m.entityId) : undefined;
      if (acronym && e && e.type !== 'Person') {
        this.table.addShortName(acronym[1]!, e);
        this.table.use(e, acronym[1]);
      }
    }
    return out;
  }

  private learnShortName(fullName: string, person: KnownEntity): void {
    const words = fullName.split(/\s+/);
    if (words.length >= 2) this.table.addShortName(words[words.length - 1]!, person);
  }

  private resolvePronoun(word: string, start: number, end: number, sentence: readonly Mention[], text: string): Mention | undefined {
    const w = word.toLowerCase();
    // he/his/him/she/her: a person; its: a country or organisation. The sentence's first such
    // mention (its subject, not a possessor like "Israel's") wins; else the last one before.
    const wanted = w === 'its' ? (t: EntityType) => t === 'Country' || t === 'Organization' : (t: EntityType) => t === 'Person';
    const inSentence = sentence.find((m) => m.kind === 'entity' && wanted(m.type) && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)));
    if (inSentence) return { start, end, surface: word, kind: 'entity', entityId: inSentence.entityId, type: inSentence.type, via: 'pronoun' };
    const r = [...this.discourse.recent].reverse().find((x) => wanted(x.type));
    if (!r) return undefined;
    return { start, end, surface: word, kind: 'entity', entityId: r.id, type: r.type, via: 'pronoun' };
  }
}
