import type { RelationType } from '../model/vocabulary.ts';
import type { Mention } from './findMentions.ts';
import { LIST, P, PX, indexes } from './maskSentence.ts';

/** A fact a pattern found in one masked sentence, before validation and resolution. */
export interface FactCandidate {
  relation: RelationType;
  subjects: number[];
  objects: number[];
  properties?: Record<string, string>;
  confidence: number;
  /** Where the trigger starts in the masked text (for negation and attribution checks). */
  at: number;
  /** Pattern name, for debugging and tests. */
  pattern: string;
  /** Objects given by entity id rather than by mention (the operation under discussion). */
  objectIds?: string[];
  /** When the object is "whoever accused the subject" (denials), resolved later. */
  objectIsAccuser?: boolean;
}

/** What the patterns may consult besides the masked sentence. */
export interface PatternContext {
  masked: string;
  mentions: readonly Mention[];
}

const AUX = '(?:was|were|is|are|has been|have been|had been|being|been|will be|would be)';
const ADV = '(?:\\s+(?:also|recently|reportedly|previously|already|again|formally|publicly|strongly|sharply|openly|repeatedly|now|then|later|first|swiftly|quickly|officially))*';
const ACTOR = new Set(['Person', 'Country', 'Organization']);
const GROUP_NOUN = /^\s+(?:allies|partners|countries|nations|governments|states|members)\b/;
const BEFORE_ARG = /\b(?:with|against|on|of|from|to|for|at|over|in|by|into|toward|towards|than|between|among|like|under)\s+$/;

function isActor(m: Mention | undefined): boolean {
  return !!m && m.kind === 'entity' && ACTOR.has(m.type);
}

/** The list of placeholders that contains the placeholder at `pos` (coordination). */
function listAround(masked: string, pos: number): number[] {
  const re = new RegExp(LIST, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked))) if (m.index <= pos && pos < m.index + m[0].length) return indexes(m[0]);
  return [];
}

/**
 * The subject(s) of a trigger at `at`: the nearest actor placeholder to its left in the same
 * clause that is not the object of a preposition, expanded to its coordination; "⟦US⟧ allies
 * ... including ⟦a⟧, ⟦b⟧ and ⟦c⟧" gives the listed members.
 */
function leftSubjects(ctx: PatternContext, at: number): number[] {
  const { masked, mentions } = ctx;
  const before = masked.slice(0, at);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' while '), before.lastIndexOf(' but '), before.lastIndexOf(' because '));
  const re = /⟦(\d+)⟧/g;
  const found: Array<{ i: number; pos: number; end: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) if (m.index > clauseStart) found.push({ i: Number(m[1]), pos: m.index, end: m.index + m[0].length });
  // Placeholders inside ", which/who ... ," belong to the relative clause, not the main one.
  const relative = [...masked.matchAll(/,\s*(?:which|who|whose)\b[^,]*,/g)].map((r) => [r.index, r.index + r[0].length] as const);
  const inRelative = (pos: number) => relative.some(([a, b]) => pos > a && pos < b && at > b);
  // "⟦x⟧, who have fired ...": the relative pronoun's antecedent is the subject.
  const antecedent = /(⟦\d+⟧(?:\s*,\s*⟦\d+⟧)*(?:\s*,?\s*and\s+⟦\d+⟧)?),?\s+(?:who|which|that)\s+(?:[\w-]+\s+){0,3}$/.exec(before);
  if (antecedent) {
    const list = indexes(antecedent[1]).filter((i) => isActor(mentions[i]));
    if (list.length) return list;
  }
  for (const f of found.reverse()) {
    if (inRelative(f.pos)) continue;
    const mention = mentions[f.i];
    if (!isActor(mention)) continue;
    const after = masked.slice(f.end);
    if (/^-/.test(after)) continue;
    if (GROUP_NOUN.test(after)) {
      const including = new RegExp(`(?:including|such as|among them|namely)\\s+(${LIST})`).exec(masked);
      if (including) return indexes(including[1]);
      continue;
    }
    const pre = masked.slice(0, f.pos);
    const list = listAround(masked, f.pos);
    const listStart = list.length ? masked.indexOf(`⟦${list[0]}⟧`) : f.pos;
    if (BEFORE_ARG.test(masked.slice(0, listStart)) && !/\babout\s+$/.test(pre)) continue;
    if (/['’]s?\s*$/.test(masked.slice(f.end, f.end + 2)) && !/^['’]s?\s+(?:criticism|condemnation|denunciation)/.test(after)) {
      // "⟦US⟧'s allies", "⟦France⟧'s foreign minister": a possessor, not the subject.
      if (!/^['’]s?\s+(?:own\s+)?(?:\w+\s+)?(?:criticism|condemnation|sanctions)/.test(after)) continue;
    }
    return list.length ? list.filter((i) => isActor(mentions[i])) : [f.i];
  }
  return [];
}

/** Subject-verb-object patterns: trigger regex (group `o` = object list), subject to the left. */
const ACTIVE: Array<{ relation: RelationType; re: string; confidence: number; prop?: string }> = [
  { relation: 'SANCTIONED', re: `(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?)\\s+(?<o>${LIST})`, confidence: 0.9 },
  { relation: 'SANCTIONED', re: `(?:impos|announc|slapp|levi|unveil|approv|adopt)\\w*\\s+(?:[\\w-]+\\s+){0,4}?(?:sanctions|embargo|asset freezes?|travel bans?)\\s+(?:on|against|targeting)\\s+(?<o>${LIST})`, confidence: 0.9 },
  { relation: 'CRITICIZED', re: `(?:criticiz|criticis|condemn|denounc|slamm?|blast|rebuk|censur|decr[iy]|lambast|castigat)\\w*\\s+(?<o>${LIST})`, confidence: 0.85 },
  { relation: 'ACCUSED', re: `(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\\s+(?<o>${LIST})\\s+(?:of|for)\\s+(?<a>[^,.;]+)`, confidence: 0.9 },
  { relation: 'ATTACKED', re: `(?:attack(?:ed|s)|struck|bomb(?:ed|s)|shell(?:ed|s)|raid(?:ed|s)|invad(?:ed|es)|ambush(?:ed|es)|fired\\s+(?:[\\w-]+\\s+){1,4}?(?:at|on|into))\\s+(?<o>${LIST})`, confidence: 0.8 },
  { relation: 'ATTACKED', re: `launch(?:ed|es)\\s+(?:[\\w-]+\\s+){0,3}?(?:attacks?|strikes|raids)\\s+(?:on|against)\\s+(?<o>${LIST})`, confidence: 0.8 },
  { relation: 'DISTANCED_FROM', re: `distanc(?:ed|es|ing)\\s+(?:themselves|itself|himself|herself|ourselves)\\s+from\\s+(?<o>${LIST})`, confidence: 0.85 },
  { relation: 'SUSPENDED_INTELLIGENCE_SHARING_WITH', re: `(?:suspend|halt|cut(?:s|ting)? off|stop|freez|froze|paus|curtail|end)\\w*\\s+(?:all\\s+|the\\s+)?(?:intelligence[- ]sharing|intelligence cooperation|intelligence exchanges?|(?:the\\s+)?sharing(?:\\s+of)?\\s+intelligence|(?:the\\s+)?sending of communications|communications|intelligence)\\b[^⟦.]{0,60}?\\bwith\\s+(?<o>${LIST})`, confidence: 0.9 },
  { relation: 'SUSPENDED_INTELLIGENCE_SHARING_WITH', re: `suspension of (?:intelligence[- ]sharing|intelligence cooperation)\\s+with\\s+(?<o>${LIST})`, confidence: 0.8 },
  { relation: 'ORDERED', re: `(?:ordered|orders|ordering|authori[sz]ed|authori[sz]es|approved|directed)\\s+(?<o>${PX})`, confidence: 0.85 },
  { relation: 'CONDUCTED', re: `(?:launch(?:ed|es|ing)|conduct(?:ed|s|ing)|carr(?:ied|ies|ying) out|stag(?:ed|es|ing)|wag(?:ed|es|ing)|beg(?:an|un)|start(?:ed|s))\\s+(?:(?:a|another|the)\\s+(?:new\\s+)?(?:wave|series|round|string)\\s+of\\s+)?(?<o>${PX})`, confidence: 0.8 },
  // Generic event categories: only plain verb + actor object.
  { relation: 'THREATENED', re: `threaten(?:ed|s|ing)\\s+(?<o>${LIST})`, confidence: 0.75 },
  { relation: 'SUPPORTED', re: `(?:voiced support for|expressed support for|(?:support|endors|welcom)(?:ed|es|s)|backs|backed|(?:is|are) backing)\\s+(?<o>${LIST})`, confidence: 0.6 },
  { relation: 'CONSULTED', re: `(?:met with|(?:held|holds|hold) talks with|spoke (?:with|to)|telephoned|phoned|consulted(?: with)?)\\s+(?<o>${LIST})`, confidence: 0.75 },
  { relation: 'REQUESTED', re: `(?:urged|called on|appealed to)\\s+(?<o>${LIST})`, confidence: 0.7 },
  { relation: 'AIDED', re: `(?:sent|provided|delivered|pledged)\\s+(?:[\\w$-]+\\s+){0,4}?(?:aid|assistance|weapons|arms|ammunition|funding)\\s+to\\s+(?<o>${LIST})`, confidence: 0.75 },
  { relation: 'COERCED', re: `(?:arrested|detained|expelled)\\s+(?<o>${LIST})`, confidence: 0.6 },
  { relation: 'AGREED', re: `(?:signed|reached|struck)\\s+(?:[\\w-]+\\s+){0,3}?(?:agreement|deal|accord|pact)\\s+with\\s+(?<o>${LIST})`, confidence: 0.75 },
  { relation: 'COOPERATED', re: `(?:cooperat(?:ed|es|ing)|collaborat(?:ed|es|ing))\\s+with\\s+(?<o>${LIST})`, confidence: 0.6 },
];

/** Passive patterns: group `o` (patient, first) and group `s` (agent after "by"). */
const PASSIVE: Array<{ relation: RelationType; re: string; confidence: number }> = [
  { relation: 'SANCTIONED', re: `(?<o>${LIST})\\s+${AUX}${ADV}\\s+(?:sanctioned|blacklisted|targeted with sanctions)\\s+by\\s+(?<s>${LIST})`, confidence: 0.85 },
  { relation: 'CRITICIZED', re: `(?<o>${LIST})\\s+${AUX}${ADV}\\s+(?:criticized|criticised|condemned|denounced|rebuked|slammed)\\s+by\\s+(?<s>${LIST})`, confidence: 0.8 },
  { relation: 'ACCUSED', re: `(?<o>${LIST})\\s+${AUX}${ADV}\\s+(?:accused|blamed)\\s+by\\s+(?<s>${LIST})\\s+(?:of|for)\\s+(?<a>[^,.;]+)`, confidence: 0.85 },
  { relation: 'ATTACKED', re: `(?<o>${LIST})\\s+${AUX}${ADV}\\s+(?:attacked|struck|bombed|shelled|raided|invaded|targeted|hit)\\s+by\\s+(?<s>${LIST})`, confidence: 0.8 },
];

/** Nominal patterns with both arguments explicit ("⟦his⟧ harsh criticism of ⟦op⟧", "⟦EU⟧ sanctions on ⟦RUS⟧"). */
const NOMINAL: Array<{ relation: RelationType; re: string; confidence: number }> = [
  { relation: 'CRITICIZED', re: `(?<s>${PX})(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?(?:criticism|condemnation|denunciation)\\s+of\\s+(?<o>${LIST})`, confidence: 0.8 },
  { relation: 'SANCTIONED', re: `(?<s>${PX})(?:['’]s?)?\\s+(?:[\\w-]+\\s+){0,2}?sanctions\\s+(?:on|against|targeting)\\s+(?<o>${LIST})`, confidence: 0.8 },
  { relation: 'ALLY_OF', re: `(?<s>${PX})\\s+(?:designat\\w+|nam(?:ed|ing|es)|recogni[sz]\\w+)\\s+(?<o>${PX})\\s+(?:as\\s+)?(?:an?\\s+)?["“]?(?<d>[^"”⟦,.]*?(?:ally|partner))`, confidence: 0.85 },
  { relation: 'ALLY_OF', re: `(?<s>${PX}),\\s+(?<o>${PX})['’]s?\\s+(?:[\\w-]+\\s+){0,2}?(?:ally|partner)\\b`, confidence: 0.8 },
  { relation: 'ALLY_OF', re: `(?<s>${PX})\\s+(?:is|was|remains|has been|became)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:ally|partner)\\s+of\\s+(?<o>${PX})`, confidence: 0.8 },
  { relation: 'COERCED', re: `(?<o>${LIST})\\s+${AUX}${ADV}\\s+(?:arrested|detained)\\s+by\\s+(?<s>${LIST})`, confidence: 0.6 },
];

/** Relations every pattern above can produce, negated by these words between subject and trigger. */
const NEGATION = /\b(?:not|never|no longer|n['’]t|denied|denies|deny|denying|refused to|declined to|rejected claims|without)\b/;

/** All fact candidates the sentence's patterns produce. */
export function matchPatterns(ctx: PatternContext): FactCandidate[] {
  const { masked, mentions } = ctx;
  const out: FactCandidate[] = [];
  for (const p of ACTIVE) {
    for (const m of masked.matchAll(new RegExp(`(?<![\\p{L}])${p.re}`, 'gu'))) {
      const subjects = leftSubjects(ctx, m.index);
      if (!subjects.length) continue;
      const s0 = masked.lastIndexOf(`⟦${subjects[subjects.length - 1]}⟧`, m.index);
      if (NEGATION.test(masked.slice(Math.max(0, s0), m.index))) continue;
      const properties: Record<string, string> = {};
      if (m.groups?.a) properties.allegation = cleanPhrase(m.groups.a);
      out.push({ relation: p.relation, subjects, objects: indexes(m.groups!.o), properties, confidence: p.confidence, at: m.index, pattern: `active:${p.relation}` });
    }
  }
  for (const p of [...PASSIVE, ...NOMINAL]) {
    for (const m of masked.matchAll(new RegExp(p.re, 'gu'))) {
      const properties: Record<string, string> = {};
      if (m.groups?.a) properties.allegation = cleanPhrase(m.groups.a);
      if (m.groups?.d) properties.designation = cleanPhrase(m.groups.d);
      if (NEGATION.test(m[0])) continue;
      out.push({ relation: p.relation, subjects: indexes(m.groups!.s), objects: indexes(m.groups!.o), properties, confidence: p.confidence, at: m.index, pattern: `explicit:${p.relation}` });
    }
  }
  out.push(...allies(ctx), ...denials(ctx));
  return out;
}

/** Alliances: "⟦A⟧ and ⟦B⟧ are long-time partners"; "⟦US⟧ allies ..., including ⟦x⟧, ⟦y⟧". */
function allies(ctx: PatternContext): FactCandidate[] {
  const { masked } = ctx;
  const out: FactCandidate[] = [];
  for (const m of masked.matchAll(new RegExp(`(?<l>${LIST})\\s+(?:are|were|have been|remain|remained|became|have long been)\\s+(?:[\\w-]+\\s+){0,3}?(?:allies|partners)\\b`, 'g'))) {
    let list = indexes(m.groups!.l);
    // "a spat with ⟦A⟧, ⟦B⟧ and ⟦C⟧ are partners": the first item belongs to the preposition.
    if (BEFORE_ARG.test(masked.slice(0, m.index)) && /^⟦\d+⟧\s*,/.test(m.groups!.l!)) list = list.slice(1);
    if (list.length >= 2) out.push({ relation: 'ALLY_OF', subjects: [list[0]!], objects: list.slice(1), confidence: 0.8, at: m.index, pattern: 'ally:pair' });
  }
  const group = new RegExp(`(?:${P}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:allies|partners)|(?:allies|partners) of ${P})`, 'g');
  for (const m of masked.matchAll(group)) {
    const patron = Number(m[1] ?? m[2]);
    const including = new RegExp(`(?:including|such as|among them|namely)\\s+(${LIST})`).exec(masked.slice(m.index));
    const members = including ? indexes(including[1]) : [];
    if (members.length) out.push({ relation: 'ALLY_OF', subjects: members, objects: [patron], confidence: 0.75, at: m.index, pattern: 'ally:including' });
  }
  return out;
}

/**
 * Denials: "allegations ⟦P⟧ strongly denied", "⟦P⟧ denied the accusations" (object: the
 * accuser, from "⟦X⟧'s allegations" or the article's last accusation against the subject).
 */
function denials(ctx: PatternContext): FactCandidate[] {
  const { masked } = ctx;
  const out: FactCandidate[] = [];
  const DENY = '(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)';
  const CLAIM = '(?:allegations?|accusations?|charges?|claims?)';
  const patterns = [
    new RegExp(`${CLAIM}(?:\\s+that)?\\s+(?<s>${PX})(?:\\s+\\w+ly)?\\s+(?:had\\s+|has\\s+)?${DENY}`, 'g'),
    new RegExp(`(?<s>${PX})${ADV}(?:\\s+(?:has|have|had))?${ADV}\\s+${DENY}\\s+(?:(?:the|these|those|such|any|all|US|similar)\\s+)*(?:[\\w-]+\\s+)?(?:${CLAIM}|wrongdoing|that|having|involvement)`, 'g'),
  ];
  for (const re of patterns) {
    for (const m of masked.matchAll(re)) {
      const by = new RegExp(`(?:${P}['’]s?\\s+(?:[\\w-]+\\s+)?(?:${CLAIM}|reports?)|(?:${CLAIM}|reports?)\\s+(?:by|from|made by|in)\\s+${P})`).exec(masked);
      const accuser = by ? Number(by[1] ?? by[2]) : undefined;
      out.push({
        relation: 'DENIED',
        subjects: indexes(m.groups!.s),
        objects: accuser !== undefined ? [accuser] : [],
        objectIsAccuser: accuser === undefined,
        confidence: 0.8,
        at: m.index,
        pattern: 'denial',
      });
    }
  }
  return out;
}

/** An allegation or designation phrase without quotes and trailing clause words. */
function cleanPhrase(text: string): string {
  return text.replace(/["“”‘’]/g, '').replace(/\s+(?:and|but|while|as|after)\s*$/, '').trim().replace(/\s+/g, ' ');
}
