/**
 * The Wikinews development set (../shared/data/wikinews-dev, or $NEWSGRAPH_DEV_SET): loads
 * each article (the part after the header, with the header's title and date as metadata)
 * and scores a draft against its gold exactly as ../shared/tools/score-facts.mjs does:
 * a required fact is found when a drafted fact has its relation and names matching both
 * regexes; a drafted fact of a scored type matching neither `facts` nor `ok` is a false positive.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput, Draft } from '../src/extract/types.ts';

interface GoldFact {
  n: number;
  s: string[];
  p: string | string[];
  o: string[];
  evidence?: string;
}

/** One dev article with its gold. */
export interface DevArticle {
  slug: string;
  input: ArticleInput;
  gold: { scored?: string[]; facts: GoldFact[]; ok?: GoldFact[] };
}

/** Articles held out from development: checked only occasionally, reported apart. */
export const HELD_OUT = new Set(['libya-military-advisers-misrata', 'sadc-mozambique-elections', 'yemen-london-conference-terror-plan']);

/** Score of one draft (or a sum of them). */
export interface DevScore {
  gold: number;
  found: number;
  truePositives: number;
  falsePositives: number;
  /** Gold facts with no drafted fact at all between the two entities vs one with another relation. */
  missing: string[];
  wrongRelation: string[];
  spurious: string[];
  perRelation: Map<string, { gold: number; found: number; tp: number; fp: number }>;
}

/** Reads the dev set folder, or returns [] when it is not there. */
export function loadDevSet(dir: string): DevArticle[] {
  const articles = path.join(dir, 'articles');
  if (!fs.existsSync(articles)) return [];
  return fs
    .readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.txt$/, '');
      const raw = fs.readFileSync(path.join(articles, f), 'utf8');
      const split = raw.indexOf('\n\n');
      const header = Object.fromEntries(raw.slice(0, split).split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
      const input: ArticleInput = { text: raw.slice(split + 2), id: slug, title: header.title, publishedAt: header.published };
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', `${slug}.json`), 'utf8'));
      return { slug, input, gold };
    });
}

/** Scores one draft against one gold file. */
export function scoreDraft(draft: Draft, gold: DevArticle['gold']): DevScore {
  const ents = new Map(draft.entities.map((e) => [e.id, e]));
  const names = (id: string) => {
    const e = ents.get(id);
    return e ? [e.name, ...e.aliases] : [id];
  };
  const facts = draft.facts.map((f) => ({ s: names(f.subject), p: f.relation as string, o: names(f.object), evidence: f.evidence }));
  const rel = (g: GoldFact) => ([] as string[]).concat(g.p);
  const nameMatch = (res: string[], ns: string[]) => ns.some((n) => res.some((r) => new RegExp(r, 'i').test(n)));
  const matches = (g: GoldFact, f: (typeof facts)[number]) => rel(g).includes(f.p) && nameMatch(g.s, f.s) && nameMatch(g.o, f.o);
  const scored = new Set(gold.scored ?? gold.facts.flatMap(rel));
  const score: DevScore = { gold: gold.facts.length, found: 0, truePositives: 0, falsePositives: 0, missing: [], wrongRelation: [], spurious: [], perRelation: new Map() };
  const per = (p: string) => {
    let r = score.perRelation.get(p);
    if (!r) score.perRelation.set(p, (r = { gold: 0, found: 0, tp: 0, fp: 0 }));
    return r;
  };
  for (const g of gold.facts) {
    const r = per(rel(g)[0]!);
    r.gold++;
    const label = `#${g.n} ${g.s[0]} ${rel(g).join('|')} ${g.o[0]} — "${(g.evidence ?? '').slice(0, 140)}"`;
    if (facts.some((f) => matches(g, f))) {
      score.found++;
      r.found++;
    } else {
      const other = facts.find((f) => nameMatch(g.s, f.s) && nameMatch(g.o, f.o));
      if (other) score.wrongRelation.push(`${label} (drafted ${other.p})`);
      else score.missing.push(label);
    }
  }
  for (const f of facts.filter((x) => scored.has(x.p))) {
    const g = gold.facts.find((x) => matches(x, f));
    if (g) {
      score.truePositives++;
      per(rel(g)[0]!).tp++;
    } else if (!(gold.ok ?? []).some((x) => matches(x, f))) {
      score.falsePositives++;
      per(f.p).fp++;
      score.spurious.push(`${f.s[0]} ${f.p} ${f.o[0]} — "${f.evidence.slice(0, 140)}"`);
    }
  }
  return score;
}

/** Adds `b` into `a`. */
export function addScore(a: DevScore, b: DevScore): DevScore {
  a.gold += b.gold;
  a.found += b.found;
  a.truePositives += b.truePositives;
  a.falsePositives += b.falsePositives;
  a.missing.push(...b.missing);
  a.wrongRelation.push(...b.wrongRelation);
  a.spurious.push(...b.spurious);
  for (const [k, v] of b.perRelation) {
    const t = a.perRelation.get(k) ?? { gold: 0, found: 0, tp: 0, fp: 0 };
    a.perRelation.set(k, { gold: t.gold + v.gold, found: t.found + v.found, tp: t.tp + v.tp, fp: t.fp + v.fp });
  }
  return a;
}

/** An empty score to sum into. */
export function emptyScore(): DevScore {
  return { gold: 0, found: 0, truePositives: 0, falsePositives: 0, missing: [], wrongRelation: [], spurious: [], perRelation: new Map() };
}

/** Micro precision (tp / (tp + fp)), recall (found / gold) and F1, as score-facts.mjs computes them. */
export function devPrf(s: { gold: number; found: number; tp?: number; truePositives?: number; fp?: number; falsePositives?: number }): { p: number; r: number; f1: number } {
  const tp = s.truePositives ?? s.tp ?? 0;
  const fp = s.falsePositives ?? s.fp ?? 0;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = s.gold ? s.found / s.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
