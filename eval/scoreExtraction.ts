import { normalizeAlias } from '../src/model/aliasKeys.ts';
import type { Draft } from '../src/extract/types.ts';

/** A gold file (eval/gold/*.gold.yaml): entities for resolution, scored facts, facts that are true but not scored. */
export interface GoldFile {
  article: string;
  entities: Array<{ id: string; name: string; aliases?: string[] }>;
  facts: GoldFact[];
  alsoCorrect?: GoldFact[];
}

/** One gold fact; subject and object may list alternatives "A | B". */
export interface GoldFact {
  subject: string;
  relation: string;
  object: string;
}

/** Scores of one article (or a total): counts, misses and false positives. */
export interface Score {
  gold: number;
  extracted: number;
  truePositives: number;
  matchedGold: number;
  perRelation: Map<string, { gold: number; matched: number; extracted: number; correct: number }>;
  misses: string[];
  falsePositives: string[];
}

// Alliances are symmetric: "A allied with B" = "B allied with A".
const SYMMETRIC = new Set(['ALLY_OF']);

const alternatives = (s: string) => s.split('|').map((x) => x.trim());
// Names of operations differ in determiners ("its own campaign against the Houthis" = "campaign against Houthis").
const FILLER = /\b(?:the|a|an|its|his|her|their|own|this|that)\b/g;
const key = (s: string) => normalizeAlias(s).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();

/**
 * Scores a draft against gold: an extracted entity resolves to the gold entity sharing its id
 * or a name / alias (normalised); an extracted fact is correct when it matches a scored or an
 * "also correct" gold fact (the latter are not counted); recall counts scored gold facts matched.
 */
export function scoreExtraction(draft: Draft, gold: GoldFile): Score {
  const byKey = new Map<string, string>();
  for (const e of gold.entities) for (const k of [e.id, e.name, ...(e.aliases ?? [])]) byKey.set(key(k), e.id);
  const resolved = new Map<string, string>();
  for (const e of draft.entities) {
    const hit = [e.id, e.name, ...e.aliases].map((k) => byKey.get(key(k))).find(Boolean);
    resolved.set(e.id, hit ?? e.id);
  }
  const r = (id: string) => resolved.get(id) ?? id;
  const matches = (g: GoldFact, s: string, rel: string, o: string) => {
    if (g.relation !== rel) return false;
    const fwd = alternatives(g.subject).includes(s) && alternatives(g.object).includes(o);
    return fwd || (SYMMETRIC.has(rel) && alternatives(g.subject).includes(o) && alternatives(g.object).includes(s));
  };
  const score: Score = { gold: gold.facts.length, extracted: 0, truePositives: 0, matchedGold: 0, perRelation: new Map(), misses: [], falsePositives: [] };
  const rel = (name: string) => {
    let x = score.perRelation.get(name);
    if (!x) score.perRelation.set(name, (x = { gold: 0, matched: 0, extracted: 0, correct: 0 }));
    return x;
  };
  const matched = new Set<GoldFact>();
  for (const f of draft.facts) {
    const s = r(f.subject);
    const o = r(f.object);
    const hit = gold.facts.find((g) => matches(g, s, f.relation, o));
    const also = !hit && (gold.alsoCorrect ?? []).some((g) => matches(g, s, f.relation, o));
    if (also) continue;
    score.extracted += 1;
    rel(f.relation).extracted += 1;
    if (hit) {
      score.truePositives += 1;
      rel(f.relation).correct += 1;
      matched.add(hit);
    } else score.falsePositives.push(`${s} ${f.relation} ${o}   "${f.evidence.slice(0, 70)}…"`);
  }
  for (const g of gold.facts) {
    rel(g.relation).gold += 1;
    if (matched.has(g)) {
      score.matchedGold += 1;
      rel(g.relation).matched += 1;
    } else score.misses.push(`${g.subject} ${g.relation} ${g.object}`);
  }
  return score;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(correct: number, extracted: number, matched: number, gold: number): { p: number; r: number; f1: number } {
  const p = extracted ? correct / extracted : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
