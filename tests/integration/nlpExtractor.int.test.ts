/**
 * The nlp extractor's linguistic cases, each on a sentence written for the test (none from
 * the dev set). One spaCy worker serves the whole file; the rules are left out
 * (withRules: false) so each case proves the parse-based path.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractFromParse } from '../../src/extract/nlp/extractFromParse.ts';
import type { Draft } from '../../src/extract/types.ts';
import { NlpWorker } from '../../src/nlp/NlpWorker.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';

let worker: NlpWorker;
beforeAll(async () => {
  worker = await NlpWorker.start(inject('nlpPython'), loadConfig(process.env).nlp.model);
});
afterAll(async () => {
  await worker?.close();
});

async function draftOf(text: string): Promise<Draft> {
  return extractFromParse({ text }, { knownEntities: [] }, await worker.parse(text), { withRules: false });
}

/** "Subject name RELATION object name [status]" for every fact. */
async function triples(text: string, withStatus = false): Promise<string[]> {
  const d = await draftOf(text);
  const name = (id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
  return d.facts.map((f) => `${name(f.subject)} ${f.relation} ${name(f.object)}${withStatus ? ` [${f.status}]` : ''}`);
}

describe('nlp extractor: offices (HOLDS_OFFICE)', () => {
  it('title and demonym before the name', async () => {
    expect(await triples('Norwegian Foreign Minister Jonas Lindqvist arrived in Oslo on Tuesday.')).toContain('Jonas Lindqvist HOLDS_OFFICE Norway');
  });
  it('title after the name, in apposition, with "for" an organisation', async () => {
    expect(await triples('Maria Okafor, spokeswoman for Greenpeace, said the report was late.')).toContain('Maria Okafor HOLDS_OFFICE Greenpeace');
  });
  it('title before the name, in apposition ("a spokesman for X, Name")', async () => {
    expect(await triples('A spokesman for the World Health Organization, Tomas Berg, said the figures were wrong.')).toContain('Tomas Berg HOLDS_OFFICE World Health Organization');
  });
  it('a portfolio in the title is not the office\'s organisation ("the US Secretary of State")', async () => {
    const t = await triples('Laura Menon, the US Secretary of State, said the talks would go on.');
    expect(t).toContain('Laura Menon HOLDS_OFFICE United States');
    expect(t.filter((x) => / State$/.test(x))).toEqual([]);
  });
  it('a long name that NER cuts in two is one person', async () => {
    const t = await triples('Tunisian president Zine al-Abidine Ben Ali left the country.');
    expect(t).toContain('Zine al-Abidine Ben Ali HOLDS_OFFICE Tunisia');
  });
  it('copula: "X is the president of Y"', async () => {
    expect(await triples('Peter Hansen is the president of Chile.')).toContain('Peter Hansen HOLDS_OFFICE Chile');
  });
  it('a bare national title belongs to the country the article is about', async () => {
    expect(await triples('Protests spread across Peru on Monday.\n\nPresident Carlos Mendez spoke to reporters.')).toContain('Carlos Mendez HOLDS_OFFICE Peru');
  });
});

describe('nlp extractor: events from trigger verbs', () => {
  it('subject-verb-object with a demonym actor ("Brazilian officials" -> Brazil)', async () => {
    expect(await triples('Brazilian officials condemned Venezuela on Sunday.')).toContain('Brazil CRITICIZED Venezuela');
  });
  it('passive with an agent', async () => {
    expect(await triples('Kenya was criticized by Uganda.')).toContain('Uganda CRITICIZED Kenya');
  });
  it('object of a preposition ("fired rockets at")', async () => {
    expect(await triples('The army fired rockets at Syria.')).toContain('army ATTACKED Syria');
  });
  it('object control ("urged X to ...")', async () => {
    expect(await triples('Germany urged Russia to withdraw its troops.')).toContain('Germany REQUESTED Russia');
  });
  it('coordinated subjects', async () => {
    expect(await triples('France and Italy condemned Iran.')).toEqual(expect.arrayContaining(['France CRITICIZED Iran', 'Italy CRITICIZED Iran']));
  });
  it('members named with "including"', async () => {
    expect(await triples('Russia threatened several countries, including Poland and Finland.')).toEqual(expect.arrayContaining(['Russia THREATENED Poland', 'Russia THREATENED Finland']));
  });
  it('a capital stands for its country', async () => {
    expect(await triples('Ankara condemned Greece.')).toContain('Turkey CRITICIZED Greece');
  });
});

describe('nlp extractor: coreference', () => {
  it('"this group" refers to the organisation named before', async () => {
    expect(await triples('The Patriotic Front held a rally in Lima. This group later threatened Chile.')).toContain('Patriotic Front THREATENED Chile');
  });
  it('a pronoun refers to the last person named', async () => {
    expect(await triples('Hillary Mason arrived in Rome on Friday. She later criticized Cuba.')).toContain('Hillary Mason CRITICIZED Cuba');
  });
  it('a short name refers to the full name used before', async () => {
    expect(await triples('Ahmed Karimi arrived in Paris. Karimi criticized Turkey.')).toContain('Ahmed Karimi CRITICIZED Turkey');
  });
  it('a definite description ("the ministry") refers to the ministry named before', async () => {
    const t = await triples("Jordan's foreign ministry issued a statement. The ministry condemned Israel.");
    expect(t.filter((x) => /ministry CRITICIZED Israel$/.test(x))).toHaveLength(1);
  });
});

describe('nlp extractor: negation and attribution', () => {
  it('a negated clause asserts nothing', async () => {
    expect(await triples('Spain did not criticize Morocco.')).toEqual([]);
  });
  it('a call to act is not the act ("urged the league to boycott X")', async () => {
    const t = await triples('Sweden urged the World Football League to boycott Norway.');
    expect(t.filter((x) => /SANCTIONED/.test(x))).toEqual([]);
  });
  it('a conditional clause states nothing', async () => {
    expect((await triples('If Russia attacks Finland, the alliance will respond.')).filter((x) => /ATTACKED/.test(x))).toEqual([]);
  });
  it('a modal of possibility states nothing', async () => {
    expect(await triples('Iran could attack Iraq.')).toEqual([]);
  });
  it('a clause under a reporting verb is reported', async () => {
    expect(await triples('Kenya said that Somalia attacked Ethiopia.', true)).toContain('Somalia ATTACKED Ethiopia [reported]');
  });
  it('"according to" makes the fact reported', async () => {
    expect(await triples('According to state media, Chad attacked Sudan.', true)).toContain('Chad ATTACKED Sudan [reported]');
  });
  it('a plain statement is asserted', async () => {
    expect(await triples('Chad attacked Sudan.', true)).toContain('Chad ATTACKED Sudan [asserted]');
  });
});

describe('nlp extractor: evidence', () => {
  it('every fact quotes its sentence verbatim with offsets, a confidence and the extractor', async () => {
    const text = 'Rain fell all day.\n\nFrance and Italy condemned Iran. Nothing else happened.';
    const d = await draftOf(text);
    expect(d.facts.length).toBeGreaterThan(0);
    for (const f of d.facts) {
      expect(text.slice(f.offsets[0], f.offsets[1])).toBe(f.evidence);
      expect(f.evidence).toBe('France and Italy condemned Iran.');
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.extractor).toEqual({ name: 'newsgraph-nlp', version: '0.1.0' });
    }
  });
  it('offsets stay right after characters outside the BMP (the worker counts code points)', async () => {
    const text = 'Fans cheered 🎉🎉. France condemned Iran.';
    const d = await draftOf(text);
    expect(d.facts.map((f) => f.evidence)).toContain('France condemned Iran.');
    for (const f of d.facts) expect(text.slice(f.offsets[0], f.offsets[1])).toBe(f.evidence);
  });
});
