/** PART_OF from structure, relations named by agent nouns ("an ally of Y", "a donor to Y", "a critic of Y"), and ending relations (lifted sanctions, resumed or suspended intelligence sharing, ended alliances). */
import type { RelationType } from '../../model/vocabulary.ts';
import { agentsOf, argMentions, subjectsOf } from './argumentRoles.ts';
import { isDenied, isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import { PART_NOUNS, type ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';

/**
 * PART_OF from structure: "the armed wing of X" (an unnamed part, its own mention), "Y, an
 * affiliate of X" / "Y, the X's youth wing" (apposition), "Y is a faction of X" (copula).
 */
/** Nouns that say one body is inside another ("X is part of Y", "X, an agency of Y", "X, a member of Y"): named parts only. */
const STRUCTURE_NOUNS = new Set(['part', 'agency', 'organ', 'body', 'member', 'component', 'department']);

export function partsOf(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const t of tree.tokens) {
    if (t.pos !== 'NOUN' || (!PART_NOUNS.has(t.lemma) && !STRUCTURE_NOUNS.has(t.lemma))) continue;
    const whole = [...tree.children(t.i, 'poss'), ...tree.children(t.i, 'prep').filter((p) => p.lemma === 'of').flatMap((p) => tree.children(p.i, 'pobj'))]
      .map((c) => mentionAt[c.i])
      .find((m) => m && m.via !== 'pronoun' && (m.type === 'Organization' || m.type === 'Country'));
    if (!whole) continue;
    const parts: ArticleMention[] = [];
    const self = mentionAt[t.i];
    if (self && self.id !== whole.id && PART_NOUNS.has(t.lemma)) parts.push(self);
    // Apposition either way round, and the copula.
    for (const a of tree.children(t.i, 'appos')) if (mentionAt[a.i]) parts.push(mentionAt[a.i]!);
    if (t.dep === 'appos' && mentionAt[t.head]) parts.push(mentionAt[t.head]!);
    if (t.dep === 'attr' && tree.head(t.i).lemma === 'be') parts.push(...subjectsOf(tree, t.head, mentionAt));
    for (const p of parts) {
      if (p.type !== 'Organization' || p.id === whole.id || tree.children(t.i, 'neg').length || isNegated(tree, t.head)) continue;
      out.push({ relation: 'PART_OF', subject: p, object: whole, sentence: tree.sentenceOf[t.i]!, confidence: 0.75 * weight(p), status: 'asserted', properties: { role: t.lemma }, rule: `part:${t.lemma}` });
    }
  }
  return out;
}

/**
 * Nouns naming an actor by its relation to another: "X, an ally of Y", "X is a major donor to
 * Y", "Y's main backer X", "X, a vocal critic of Y", "X, a key partner of Y".
 */
const AGENT_NOUNS: Record<string, RelationType | undefined> = { ally: 'ALLY_OF', donor: 'AIDED', benefactor: 'AIDED', backer: 'SUPPORTED', supporter: 'SUPPORTED', sponsor: 'SUPPORTED', patron: 'SUPPORTED', critic: 'CRITICIZED', partner: 'COOPERATED', creditor: 'AIDED', lender: 'AIDED' };

export const LIFT_VERBS = new Set('lift ease remove relax scrap drop waive rescind revoke end'.split(' '));
const RESUME_VERBS = new Set('resume restore restart reinstate renew'.split(' '));
const HALT_VERBS = new Set('suspend halt stop freeze cut end pause'.split(' '));
const ORDER_VERBS = new Set('order instruct direct command tell authorize authorise'.split(' '));
const BREAK_VERBS = new Set('end terminate break dissolve quit scrap abandon sever'.split(' '));
/** Verbs that cut, end or reduce ties ("cut diplomatic ties", "ended its cooperation", "downgraded relations"). */
export const CUT_VERBS = new Set([...HALT_VERBS, ...BREAK_VERBS, 'downgrade']);
/** Ties one state or body keeps with another ("cut diplomatic ties with X", "ended its military cooperation with X"). */
const TIES = new Set('tie ties relation relations cooperation contact contacts'.split(' '));

/**
 * Ending and resuming: "X lifted (the) sanctions on Y" (LIFTED_SANCTIONS_ON), "X resumed /
 * suspended intelligence sharing with Y", "X ended its alliance with Y" (ENDED_ALLIANCE_WITH).
 * The measure is the verb's object (or its passive subject); the other party is the object of
 * "on"/"against"/"with" on the verb or on the measure noun.
 */
export function endings(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB') continue;
    const passive = tree.children(v.i, 'nsubjpass').length > 0;
    for (const n of tree.children(v.i, passive ? 'nsubjpass' : 'dobj')) {
      const noun = n.lemma.toLowerCase();
      const compounds = tree.subtree(n.i).map((k) => tree.tokens[k]!.lemma.toLowerCase());
      let relation: RelationType | undefined;
      let preps: string[] = [];
      if ((noun === 'sanction' || noun === 'sanctions' || noun === 'embargo') && LIFT_VERBS.has(v.lemma)) [relation, preps] = ['LIFTED_SANCTIONS_ON', ['on', 'against']];
      else if (['sharing', 'cooperation', 'exchange'].includes(noun) && compounds.includes('intelligence') && RESUME_VERBS.has(v.lemma)) [relation, preps] = ['RESUMED_INTELLIGENCE_SHARING_WITH', ['with']];
      else if (['sharing', 'cooperation', 'exchange'].includes(noun) && compounds.includes('intelligence') && HALT_VERBS.has(v.lemma)) [relation, preps] = ['SUSPENDED_INTELLIGENCE_SHARING_WITH', ['with']];
      else if (['alliance', 'partnership', 'pact'].includes(noun) && BREAK_VERBS.has(v.lemma)) [relation, preps] = ['ENDED_ALLIANCE_WITH', ['with']];
      // "cut diplomatic ties with Y", "ended its military cooperation with Y", "suspended relations
      // with Y": reducing or breaking relations is CAMEO 16, a sanction in the vocabulary.
      else if (TIES.has(noun) && CUT_VERBS.has(v.lemma)) [relation, preps] = ['SANCTIONED', ['with']];
      if (!relation) continue;
      const denied = isDenied(tree, v.i);
      if ((!denied && isNegated(tree, v.i)) || isUnrealised(tree, v.i)) continue;
      // A policy ordered ("Petro ordered his military to suspend ...") is the decision of the one who orders it.
      const orderedBy = v.dep === 'xcomp' && ORDER_VERBS.has(tree.head(v.i).lemma) ? tree.head(v.i).i : undefined;
      const subjects = passive ? agentsOf(tree, v.i, mentionAt) : orderedBy !== undefined ? subjectsOf(tree, orderedBy, mentionAt) : subjectsOf(tree, v.i, mentionAt);
      const objects = [v.i, n.i].flatMap((h) => tree.children(h, 'prep').filter((p) => preps.includes(p.lemma)).flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt)));
      const status = denied ? 'denied' : statusOf(tree, v.i);
      // (A sanction read from ties cut says which: "cut diplomatic ties".)
      const measure = relation === 'SANCTIONED' ? { properties: { measure: tree.text.slice(v.start, n.end).replace(/\s+/g, ' ') } } : {};
      for (const [s, o] of pairs(subjects, objects)) out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.75 * weight(s) * weight(o), status, rule: `ending:${v.lemma}`, ...measure });
    }
  }
  return out;
}

/** ALLY_OF from "X's ally Y", "Y, an ally of X", "Y is a close ally of X". */
export function alliesOf(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const t of tree.tokens) {
    const relation = AGENT_NOUNS[t.lemma];
    if (!relation || t.pos !== 'NOUN' || tree.children(t.i, 'neg').length) continue;
    // Allies are states and bodies; a donor, backer or critic may be anyone who acts.
    const party = (m: ArticleMention | undefined) => (m && (relation === 'ALLY_OF' ? m.type === 'Country' || m.type === 'Organization' : ACTOR.has(m.type)) ? m : undefined);
    const of = [...tree.children(t.i, 'poss', 'compound').filter((c) => c.i < t.i), ...tree.children(t.i, 'prep').filter((p) => p.lemma === 'of' || (p.lemma === 'to' && relation === 'AIDED')).flatMap((p) => tree.children(p.i, 'pobj'))].map((c) => party(mentionAt[c.i])).filter((m): m is ArticleMention => !!m);
    const ally: ArticleMention[] = tree.children(t.i, 'appos').map((a) => party(mentionAt[a.i])).filter((m): m is ArticleMention => !!m);
    if ((t.dep === 'appos' || t.dep === 'compound') && party(mentionAt[t.head])) ally.push(mentionAt[t.head]!);
    // "Israel's ally the United States", "NATO ally Turkey": the parser often makes the name a
    // sibling of "ally" (same head, same role) instead of its apposition.
    const next = t.i + 1 < tree.tokens.length && tree.tokens[t.i + 1]!.lemma === 'the' ? t.i + 2 : t.i + 1;
    const sibling = party(mentionAt[next]);
    if (sibling && tree.tokens[sibling.head]!.head === t.head && tree.tokens[sibling.head]!.dep === t.dep && t.head !== t.i) ally.push(sibling);
    if (t.dep === 'attr' && tree.head(t.i).lemma === 'be' && !isNegated(tree, t.head)) ally.push(...subjectsOf(tree, t.head, mentionAt).filter((m) => party(m)));
    for (const [s, o] of pairs(ally, of)) out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[t.i]!, confidence: (relation === 'ALLY_OF' ? 0.75 : 0.65) * weight(s) * weight(o), status: statusOf(tree, t.i), rule: `agent-noun:${t.lemma}` });
  }
  return out;
}
