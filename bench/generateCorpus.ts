/**
 * Synthetic fact files with a realistic shape, reproducible from a seed: Zipf-distributed
 * actor popularity, the vocabulary's relation mix, dates over ten years, aliases, and facts
 * that several articles report (corroboration). Used by `npm run bench` and open to
 * bench/ingest.ts: `generateCorpus({ articles, seed, dir })` writes the files,
 * `generateFactFiles({ articles, seed })` yields the same fact files in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { FactFileInput } from '../src/ingest/factFileSchema.ts';
import { RELATIONS, type EntityType, type OrganizationKind, type RelationSpec } from '../src/model/vocabulary.ts';

export interface CorpusOptions {
  /** Number of articles (fact files). */
  articles: number;
  /** PRNG seed: the same seed gives byte-identical files. */
  seed: number;
}

type Entity = NonNullable<FactFileInput['entities']>[number];
type Fact = NonNullable<FactFileInput['facts']>[number];

/** mulberry32: a small, fast, seedable PRNG (the corpus must not depend on Math.random). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// Countries outside the seed registry (whose ids, names and aliases are curated there).
const COUNTRIES: [string, string][] = [
  ['DEU', 'Germany'], ['ITA', 'Italy'], ['ESP', 'Spain'], ['RUS', 'Russia'], ['CHN', 'China'], ['IND', 'India'], ['BRA', 'Brazil'],
  ['MEX', 'Mexico'], ['VEN', 'Venezuela'], ['PER', 'Peru'], ['ECU', 'Ecuador'], ['ARG', 'Argentina'], ['CHL', 'Chile'], ['CUB', 'Cuba'],
  ['JPN', 'Japan'], ['KOR', 'South Korea'], ['PRK', 'North Korea'], ['IRN', 'Iran'], ['IRQ', 'Iraq'], ['SYR', 'Syria'], ['ISR', 'Israel'],
  ['TUR', 'Turkey'], ['EGY', 'Egypt'], ['SAU', 'Saudi Arabia'], ['NGA', 'Nigeria'], ['ZAF', 'South Africa'], ['KEN', 'Kenya'],
  ['ETH', 'Ethiopia'], ['UKR', 'Ukraine'], ['POL', 'Poland'], ['SWE', 'Sweden'], ['NOR', 'Norway'], ['AUS', 'Australia'],
  ['IDN', 'Indonesia'], ['PHL', 'Philippines'], ['PAK', 'Pakistan'], ['AFG', 'Afghanistan'], ['MLI', 'Mali'], ['NER', 'Niger'], ['YEM', 'Yemen'],
];
const KINDS: OrganizationKind[] = ['government', 'military', 'intelligence', 'police', 'armed_group', 'criminal_group', 'media', 'international', 'political_party', 'business', 'civil_society'];
const SYLLABLES = ['ka', 'lo', 'mi', 're', 'sa', 'to', 'vu', 'ne', 'da', 'ri', 'po', 'la', 'ze', 'mo', 'fi', 'gu', 'he', 'jo', 'bar', 'tel', 'von', 'mar', 'quin', 'dor'];

/** The fact files of a synthetic corpus, one per article, in order. */
export function* generateFactFiles(options: CorpusOptions): Generator<FactFileInput> {
  const random = prng(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const word = () => {
    const w = Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };

  // The entity universe grows with the corpus, so that bigger graphs are also wider.
  const people: Entity[] = [];
  const orgs: Entity[] = [];
  const ops: Entity[] = [];
  const places: Entity[] = [];
  const scale = Math.max(1, options.articles);
  const nPeople = 100 + Math.ceil(scale / 5);
  const nOrgs = 50 + Math.ceil(scale / 10);
  const nOps = 20 + Math.ceil(scale / 50);
  const nPlaces = 20 + Math.ceil(scale / 100);
  for (let i = 0; i < nPeople; i++) {
    const [first, last] = [word(), word()];
    people.push({ id: `person-${i}`, type: 'Person', name: `${first} ${last}`, aliases: [last, `${first[0]}. ${last}`].map((a, k) => `${a} ${i}-${k}`) });
  }
  for (let i = 0; i < nOrgs; i++) {
    const kind = pick(KINDS);
    const name = `${word()} ${kind.replace('_', ' ')} ${i}`;
    orgs.push({ id: `org-${i}`, type: 'Organization', kind, name, aliases: [`${name.split(' ')[0]} ${kind[0]!.toUpperCase()}${i}`] });
  }
  for (let i = 0; i < nOps; i++) ops.push({ id: `operation-${i}`, type: 'Operation', name: `Operation ${word()} ${i}`, aliases: [] });
  for (let i = 0; i < nPlaces; i++) places.push({ id: `place-${i}`, type: 'Place', name: `${word()} ${i}`, aliases: [] });
  const countries: Entity[] = COUNTRIES.map(([id, name]) => ({ id, type: 'Country', name, aliases: [`${name} (${id})`] }));

  // Actors are ranked once (shuffled) and drawn by Zipf rank: a few are in most stories.
  const byType: Record<EntityType, Entity[]> = { Person: people, Organization: orgs, Country: countries, Operation: ops, Place: places };
  const ranked: Record<EntityType, { list: Entity[]; draw: () => number }> = {} as never;
  for (const [type, list] of Object.entries(byType) as [EntityType, Entity[]][]) {
    const shuffled = [...list];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    ranked[type] = { list: shuffled, draw: zipf(shuffled.length, 1.1, random) };
  }
  const entityOf = (types: readonly EntityType[]): Entity => {
    // Countries and organisations dominate news actors; people follow.
    const weights: Partial<Record<EntityType, number>> = { Country: 4, Organization: 3, Person: 3, Operation: 2, Place: 2 };
    const allowed = types.filter((t) => ranked[t].list.length);
    const total = allowed.reduce((n, t) => n + (weights[t] ?? 1), 0);
    let x = random() * total;
    const type = allowed.find((t) => (x -= weights[t] ?? 1) < 0) ?? allowed[0]!;
    return ranked[type].list[ranked[type].draw()]!;
  };

  // The relation mix: specific relations (the ontology's) most, generic PLOVER ones less, structural least.
  const relationWeights = RELATIONS.map((r) => (r.tier === 'specific' ? 4 : r.tier === 'generic' ? 2 : 1));
  const relationTotal = relationWeights.reduce((a, b) => a + b, 0);
  const relationOf = (): RelationSpec => {
    let x = random() * relationTotal;
    return RELATIONS[relationWeights.findIndex((w) => (x -= w) < 0)] ?? RELATIONS[0];
  };

  const stories: { subject: Entity; relation: RelationSpec; object: Entity; date: string }[] = [];
  for (let a = 0; a < options.articles; a++) {
    const year = 2015 + int(11);
    const month = 1 + int(12);
    const day = 1 + int(28);
    const publishedAt = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const entities = new Map<string, Entity>();
    const facts: Fact[] = [];
    const nFacts = 2 + int(7);
    for (let f = 0; f < nFacts; f++) {
      let story: (typeof stories)[number];
      if (stories.length > 10 && random() < 0.3) {
        // Overlap: a recent story re-reported by this article (same triple, new source).
        story = stories[stories.length - 1 - Math.min(stories.length - 1, Math.floor(-Math.log(1 - random()) * 200))]!;
      } else {
        const relation = relationOf();
        const subject = entityOf(relation.subjects);
        const object = entityOf(relation.objects.filter((t) => t !== subject.type || byType[t].length > 1));
        if (subject.id === object.id) continue;
        story = { subject, relation, object, date: random() < 0.8 ? publishedAt : `${year}-${String(month).padStart(2, '0')}` };
        stories.push(story);
      }
      entities.set(story.subject.id, story.subject);
      entities.set(story.object.id, story.object);
      const properties: Record<string, string> = {};
      for (const p of story.relation.properties) if (random() < 0.5) properties[p] = `${p} ${int(20)}`;
      facts.push({
        subject: story.subject.id,
        relation: story.relation.type,
        object: story.object.id,
        evidence: `${story.subject.name} ${story.relation.description} ${story.object.name} (article ${a}, fact ${f})`,
        date: story.date,
        confidence: Math.round((0.6 + random() * 0.4) * 100) / 100,
        status: random() < 0.8 ? 'asserted' : 'reported',
        ...(Object.keys(properties).length ? { properties } : {}),
      });
    }
    yield {
      article: {
        id: `synthetic-${String(a).padStart(6, '0')}`,
        title: `Synthetic article ${a}: ${facts.length} facts`,
        url: `https://news.example.org/${year}/${a}`,
        publisher: `Publisher ${int(50)}`,
        publishedAt,
      },
      entities: [...entities.values()].map((e) => ({ ...e, aliases: [...(e.aliases ?? [])] })),
      facts,
    };
  }
}

/** Writes `articles` fact files (YAML) into `dir`; returns their paths and totals. */
export function generateCorpus(options: CorpusOptions & { dir: string }): { files: string[]; facts: number } {
  fs.mkdirSync(options.dir, { recursive: true });
  const files: string[] = [];
  let facts = 0;
  for (const file of generateFactFiles(options)) {
    const target = path.join(options.dir, `${file.article.id}.facts.yaml`);
    fs.writeFileSync(target, stringify(file, { lineWidth: 0 }));
    files.push(target);
    facts += file.facts?.length ?? 0;
  }
  return { files, facts };
}
