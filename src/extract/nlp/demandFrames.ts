/**
 * Relations stated by the shape of a clause rather than by a trigger word: what a speaker
 * says another actor must do is a demand ("X said Y must reform" -> X REQUESTED Y, CAMEO 10);
 * actors doing something jointly cooperate ("X and Y will jointly fund ..." -> COOPERATED,
 * CAMEO 06).
 */
import { agentsOf, argMentions, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';

/** Speech verbs whose complement, with a modal of obligation, is a demand. */
const SAY_VERBS = new Set('say tell insist stress argue warn add write tweet state declare'.split(' '));
/** Modals and semi-modals of obligation ("must", "should", "has to", "needs to"). */
const OBLIGATION = new Set(['must', 'should', 'ought']);

/** "X said Y must carry out reforms", "X told Z that Y should withdraw" -> X REQUESTED Y. */
export function obligations(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.dep !== 'ccomp' || isNegated(tree, v.i)) continue;
    const say = tree.head(v.i);
    if (say.pos !== 'VERB' || !SAY_VERBS.has(say.lemma) || isNegated(tree, say.i) || isUnrealised(tree, say.i)) continue;
    const must = tree.children(v.i, 'aux').some((a) => OBLIGATION.has(a.text.toLowerCase())) || (['have', 'need'].includes(v.lemma) && tree.children(v.i, 'xcomp').some((x) => tree.children(x.i, 'aux').some((a) => a.text.toLowerCase() === 'to')));
    if (!must) continue;
    // (A pronoun may be the speaker themself: "we must act".)
    const asked = tree.children(v.i, 'nsubj').flatMap((n) => argMentions(tree, [n], mentionAt)).filter((m) => ACTOR.has(m.type) && m.via !== 'pronoun');
    const speakers = subjectsOf(tree, say.i, mentionAt);
    const status = statusOf(tree, say.i);
    for (const [s, o] of pairs(speakers, asked)) out.push({ relation: 'REQUESTED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.55 * weight(s) * weight(o), status, rule: `obligation:${say.lemma}` });
  }
  return out;
}

/** Adverbs of acting together. */
const JOINTLY = new Set(['jointly', 'together']);

/** Whether verb v is prefixed "co-" ("co-hosted", "co-sponsored", "cohosted"). */
function coVerb(tree: ParseTree, v: number): boolean {
  const t = tree.tokens[v]!;
  if (/^co-?(host|sponsor|chair|organi[sz]e|author|found|lead)/i.test(t.text)) return true;
  return v >= 2 && tree.tokens[v - 1]!.text === '-' && /^co$/i.test(tree.tokens[v - 2]!.text) && tree.tokens[v - 1]!.end === t.start;
}

/**
 * "Britain and the US will jointly fund ...", "X and Y worked together to ...", "the meeting
 * was co-hosted by X and Y", "X co-hosted it with Y" -> COOPERATED between the participants.
 */
export function jointActs(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    const co = coVerb(tree, v.i);
    if (v.pos !== 'VERB' || (!co && !tree.children(v.i, 'advmod').some((a) => JOINTLY.has(a.lemma))) || isNegated(tree, v.i)) continue;
    const passive = tree.children(v.i, 'agent').length > 0;
    const subjects = (passive ? agentsOf(tree, v.i, mentionAt) : subjectsOf(tree, v.i, mentionAt)).filter((m) => ACTOR.has(m.type));
    // "X co-hosted the meeting with Y".
    if (co) subjects.push(...[v, ...tree.children(v.i, 'dobj')].flatMap((h) => tree.children(h.i, 'prep')).filter((p) => p.lemma === 'with').flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt)).filter((m) => ACTOR.has(m.type)));
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjects, subjects)) {
      if (s.first < o.first) out.push({ relation: 'COOPERATED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.6 * weight(s) * weight(o), status, rule: `joint:${v.lemma}` });
    }
  }
  return out;
}
