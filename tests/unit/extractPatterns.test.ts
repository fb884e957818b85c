import { describe, expect, it } from 'vitest';
import { ruleExtractor } from '../../src/extract/ruleExtractor.ts';
import type { ArticleInput } from '../../src/extract/types.ts';

/** Extracts from a short text with no registry: the built-in gazetteer and the patterns only. */
function facts(text: string, extra: Partial<ArticleInput> = {}) {
  const draft = ruleExtractor.extractSync({ text, title: 'test', ...extra }, { knownEntities: [] });
  return { draft, triples: draft.facts.map((f) => `${f.subject} ${f.relation} ${f.object}`) };
}

describe('extract: relation patterns', () => {
  it('reads active voice with a trigger verb', () => {
    expect(facts('Japan condemned North Korea after the launch.').triples).toContain('JPN CRITICIZED PRK');
  });

  it('reads passive voice ("was sanctioned by")', () => {
    const { triples } = facts('Iran was sanctioned by the European Union in March.');
    expect(triples).toContain('european-union SANCTIONED IRN');
    expect(triples).not.toContain('IRN SANCTIONED european-union');
  });

  it('expands coordination into one fact per member ("A, B, and C")', () => {
    const { triples } = facts('Japan, Australia, and Canada sharply criticized China on Monday.');
    expect(triples).toEqual(expect.arrayContaining(['JPN CRITICIZED CHN', 'AUS CRITICIZED CHN', 'CAN CRITICIZED CHN']));
  });

  it('turns "allies ... including X, Y and Z" into alliances and distributes the verb', () => {
    const { triples } = facts('Several Russian partners have distanced themselves from the invasion of Ukraine, including India and Brazil.');
    expect(triples).toEqual(expect.arrayContaining(['IND ALLY_OF RUS', 'BRA ALLY_OF RUS']));
  });

  it('reads an apposition title as HOLDS_OFFICE with the title', () => {
    const { draft } = facts('Spanish Prime Minister Pedro Sanchez condemned Israel on Friday.');
    const office = draft.facts.find((f) => f.relation === 'HOLDS_OFFICE');
    expect(office).toMatchObject({ subject: 'pedro-sanchez', object: 'ESP', properties: { title: 'Prime Minister' } });
    expect(draft.entities.find((e) => e.id === 'pedro-sanchez')).toMatchObject({ type: 'Person', isNew: true });
    expect(draft.facts.map((f) => `${f.subject} ${f.relation} ${f.object}`)).toContain('pedro-sanchez CRITICIZED ISR');
  });

  it('reads lower-case titles after a country, reversed appositions, and bare titles against the country in focus', () => {
    const { draft } = facts('Kremlin spokesman Dmitry Peskov spoke first. The United Nations envoy for Syria, Ana Ruiz, replied. Poland, which hosts the talks, agreed. Prime Minister Jan Nowak said so.');
    const offices = new Map(draft.facts.filter((f) => f.relation === 'HOLDS_OFFICE').map((f) => [f.subject, f]));
    expect(offices.get('dmitry-peskov')).toMatchObject({ object: 'RUS', properties: { title: 'spokesman' } });
    expect(offices.get('ana-ruiz')).toMatchObject({ object: 'united-nations', properties: { title: 'envoy' } });
    // Inferred from the context, so with a lower confidence than a named country.
    expect(offices.get('jan-nowak')).toMatchObject({ object: 'POL' });
    expect(offices.get('jan-nowak')!.confidence).toBeLessThan(offices.get('dmitry-peskov')!.confidence);
  });

  it('prefers the sentence subject for "its" and skips possessors and relative clauses', () => {
    const { triples } = facts('The United States, Israel\'s closest ally, has conducted its own campaign against the Houthis. Iran, which backs the Houthis, condemned Israel.');
    expect(triples).toEqual(expect.arrayContaining(['USA ATTACKED houthis', 'USA ALLY_OF ISR', 'IRN SUPPORTED houthis', 'IRN CRITICIZED ISR']));
    expect(triples).not.toContain('ISR ATTACKED houthis');
    expect(triples).not.toContain('houthis CRITICIZED ISR');
  });

  it('resolves pronouns and short names within the article', () => {
    const { triples } = facts('Brazilian President Carlos Mendes met with Argentine officials. Mendes later criticized Venezuela. He also accused Cuba of meddling.');
    expect(triples).toContain('carlos-mendes CRITICIZED VEN');
    expect(triples).toContain('carlos-mendes ACCUSED CUB');
  });

  it('resolves "the <demonym> leader" to the office holder named earlier', () => {
    const { triples } = facts('Peruvian President Ana Torres spoke on Monday. Chile accused her of lying, allegations the Peruvian leader denied.');
    expect(triples).toContain('CHL ACCUSED ana-torres');
    expect(triples).toContain('ana-torres DENIED CHL');
  });

  it('does not turn a denial or a negation into the denied fact', () => {
    const { triples } = facts('Turkey denied that it had attacked Syria. Hungary did not sanction Russia.');
    expect(triples).not.toContain('TUR ATTACKED SYR');
    expect(triples).not.toContain('HUN SANCTIONED RUS');
  });

  it('marks facts attributed to another report as reported', () => {
    const { draft } = facts('According to a report, Germany suspended intelligence sharing with Belarus. France sanctioned Belarus.');
    const byTriple = new Map(draft.facts.map((f) => [`${f.subject} ${f.relation} ${f.object}`, f]));
    expect(byTriple.get('DEU SUSPENDED_INTELLIGENCE_SHARING_WITH BLR')?.status).toBe('reported');
    expect(byTriple.get('FRA SANCTIONED BLR')?.status).toBe('asserted');
  });

  it('types new entities from context: "the <demonym> military" is a military organisation part of the country', () => {
    const { draft, triples } = facts('The Venezuelan military attacked Colombia at dawn.');
    expect(draft.entities.find((e) => e.id === 'venezuelan-military')).toMatchObject({ type: 'Organization', kind: 'military' });
    expect(triples).toEqual(expect.arrayContaining(['venezuelan-military PART_OF VEN', 'venezuelan-military ATTACKED COL']));
  });

  it('builds operations from their mentions: who conducts them, whom they hit, where, and casualties', () => {
    const { draft, triples } = facts('Russian airstrikes on Ukraine intensified. The strikes killed 12 civilians. Officials said the bombing campaign in the Black Sea continued.');
    const op = draft.entities.find((e) => e.type === 'Operation');
    expect(op).toBeDefined();
    expect(triples).toEqual(expect.arrayContaining([`RUS CONDUCTED ${op!.id}`, `RUS ATTACKED UKR`]));
    expect(draft.facts.find((f) => f.relation === 'ATTACKED')?.properties).toEqual({ casualties: '12 civilians' });
    expect(draft.entities.filter((e) => e.type === 'Operation')).toHaveLength(1);
  });

  it('mints an operation from a use of force told as a clause, for later "the strikes" to refer to', () => {
    const { draft, triples } = facts('Turkish warplanes struck militia positions in northern Syria on Wednesday. France condemned the strikes.');
    const op = draft.entities.find((e) => e.type === 'Operation');
    expect(op).toBeDefined();
    expect(triples).toEqual(expect.arrayContaining([`TUR CONDUCTED ${op!.id}`, `${op!.id} OCCURRED_IN SYR`, `FRA CRITICIZED ${op!.id}`]));
  });

  it('reads an acronym in parentheses as the same entity', () => {
    // (A group the built-in gazetteer does not know, so the acronym is learnt from the text.)
    const { triples } = facts("Ankara blamed the Free Mountain Brigade (FMB) for the bombing. The FMB denied any involvement.");
    expect(triples).toEqual(expect.arrayContaining(['TUR ACCUSED free-mountain-brigade', 'free-mountain-brigade DENIED TUR']));
  });

  it('finds criticism in reported speech and attributes it to the speaker', () => {
    const { triples } = facts('"These strikes on fishing boats are illegal," Mexican Foreign Minister Rosa Vega said on Tuesday after the US strikes on boats in the Caribbean.');
    expect(triples.some((t) => t.startsWith('rosa-vega CRITICIZED'))).toBe(true);
  });

  it('keeps the alliance designation and an explicit year', () => {
    const { draft } = facts('In a ceremony, Washington designated Bogota as a "major non-NATO ally" in 2022.');
    expect(draft.facts).toEqual([expect.objectContaining({ subject: 'USA', relation: 'ALLY_OF', object: 'COL', date: '2022', properties: { designation: 'major non-NATO ally' } })]);
  });

  it('uses relation types of the vocabulary only, with evidence offsets that point at the quote', () => {
    const text = 'Intro line.\nFrance sanctioned Iran on Monday. Iran condemned France.';
    const { draft } = facts(text);
    expect(draft.facts.length).toBeGreaterThan(1);
    for (const f of draft.facts) {
      expect(text.slice(f.offsets[0], f.offsets[1])).toBe(f.evidence);
      expect(f.extractor).toEqual({ name: ruleExtractor.name, version: ruleExtractor.version });
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('returns a draft with zero facts and a notice when nothing is recognisable', () => {
    const { draft } = facts('The weather was pleasant and the market was busy all afternoon.');
    expect(draft.facts).toEqual([]);
    expect(draft.notices.join(' ')).toMatch(/no recognisable facts/);
  });

  it('is deterministic', () => {
    const text = 'Russian airstrikes on Ukraine continued. Poland condemned Russia.';
    expect(JSON.stringify(facts(text).draft)).toBe(JSON.stringify(facts(text).draft));
  });
});
