/** Events stated by nouns ("NATO's airstrikes on X", "launched an attack on Y") and predicative adjectives ("critical of"). */
import { argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { forToClauses } from './eventFrames.ts';
import { CUT_VERBS, LIFT_VERBS } from './structureRelations.ts';
import { adjectiveTrigger, nominalTrigger, type NounTrigger } from './triggerLexicon.ts';
import { MUTUAL, promiseOf } from './verbEvents.ts';

/** "X is critical of Y", "X are supportive of Y": a predicative adjective with its "of" object. */
export function adjectiveRelations(tree: ParseTree, a: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const trigger = adjectiveTrigger(tree.tokens[a]!.lemma);
  const verb = tree.tokens[a]!.head;
  if (!trigger || isNegated(tree, verb) || tree.children(a, 'neg').length || isUnrealised(tree, verb)) return [];
  const subjects = subjectsOf(tree, verb, mentionAt);
  // "critical of the NATO operation": an actor's act stands for the actor.
  const objects = tree.children(a, 'prep').filter((p) => trigger.preps.includes(p.lemma)).flatMap((p) => tree.children(p.i, 'pobj')).flatMap((o) => judgedBy(tree, o.i, mentionAt));
  const status = statusOf(tree, verb);
  return pairs(subjects, objects).map(([s, o]) => ({ relation: trigger.relation, subject: s, object: o, sentence: tree.sentenceOf[a]!, confidence: trigger.confidence * weight(s) * weight(o), status, rule: `adjective:${tree.tokens[a]!.lemma}` }));
}

/**
 * Nominalisations: "NATO's airstrikes on X", "threats by X against Y", "X launched an attack
 * on Y" (a support verb lends its subject), "Y faced attacks from X" (a suffering verb's
 * subject is the target).
 */
export function nominalRelations(tree: ParseTree, n: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const tok = tree.tokens[n]!;
  if (mentionAt[n]) return [];
  const triggers = [nominalTrigger(tok.lemma.toLowerCase())].filter((t): t is NounTrigger => !!t);
  // "a joint operation", "joint exercises with X": whoever runs it together cooperates (CAMEO 06).
  if (tree.children(n, 'amod').some((a) => JOINT.has(a.lemma.toLowerCase()))) triggers.push(JOINT_TRIGGER);
  return triggers.flatMap((trigger) => nominalRelation(tree, n, trigger, mentionAt));
}

const JOINT = new Set(['joint', 'combined']);
/** Relations whose target may be an actor's act, standing for the actor. */
const JUDGED = new Set(['CRITICIZED', 'SUPPORTED']);
const JOINT_TRIGGER: NounTrigger = { relation: 'COOPERATED', preps: ['with'], confidence: 0.65 };

function nominalRelation(tree: ParseTree, n: number, trigger: NounTrigger, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const tok = tree.tokens[n]!;
  const verb = tok.dep === 'dobj' || tok.dep === 'nsubjpass' || (tok.dep === 'pobj' && tree.head(n).dep === 'prep') ? (tok.dep === 'pobj' ? tree.head(tree.head(n).i) : tree.head(n)) : undefined;
  const clause = verb?.pos === 'VERB' ? verb.i : undefined;
  // "pledged to boost support to X": a promise of help is an agreement (as for verbs, see promiseOf).
  const promise = clause !== undefined && SUPPORT_VERBS.has(tree.tokens[clause]!.lemma) ? promiseOf(tree, clause, trigger.relation) : undefined;
  if (clause !== undefined && (isNegated(tree, clause) || (isUnrealised(tree, clause) && promise === undefined))) return [];
  // "lifted the sanctions on X" ends a sanction (see endings), it does not impose one.
  if (clause !== undefined && trigger.relation === 'SANCTIONED' && LIFT_VERBS.has(tree.tokens[clause]!.lemma)) return [];
  // "ended its cooperation with X" reduces relations (see endings), it does not cooperate.
  if (clause !== undefined && trigger.relation === 'COOPERATED' && CUT_VERBS.has(tree.tokens[clause]!.lemma)) return [];
  if (tree.children(n, 'neg').length || tree.children(n, 'det').some((d) => d.lemma === 'no')) return [];
  const subjects: ArticleMention[] = [];
  const objects: ArticleMention[] = [];
  // "X's attack", "NATO airstrikes", "US aid": the owner is the agent (not for "a Qatar meeting").
  const owners = trigger.relation === 'CONSULTED' || trigger.relation === 'COOPERATED' ? ['poss'] : ['poss', 'compound', 'amod', 'nmod'];
  for (const c of tree.children(n, ...owners)) if (c.i < n && mentionAt[c.i] && ACTOR.has(mentionAt[c.i]!.type)) subjects.push(mentionAt[c.i]!);
  for (const p of tree.children(n, 'prep')) {
    const args = argMentions(tree, tree.children(p.i, 'pobj'), mentionAt);
    // "talks between X and Y": a mutual relation between the two.
    if (p.lemma === 'between' && MUTUAL.has(trigger.relation)) {
      subjects.push(...args);
      objects.push(...args);
    }
    if (p.lemma === 'by' || p.lemma === 'from') subjects.push(...args);
    // "criticism of X's policy", "outrage at X's decision": an actor's act stands for the actor.
    else if (trigger.preps.includes(p.lemma)) objects.push(...(args.length || !JUDGED.has(trigger.relation) ? args : tree.children(p.i, 'pobj').flatMap((o) => judgedBy(tree, o.i, mentionAt))));
  }
  // "its call for Y to withdraw": the for-to clause (on the noun, or on the verb taking it) names who is asked.
  if (trigger.relation === 'REQUESTED' && !objects.length) for (const c of [...forToClauses(tree, n), ...(tok.dep === 'dobj' ? forToClauses(tree, tok.head) : [])]) objects.push(...argMentions(tree, tree.children(c.i, 'nsubj'), mentionAt));
  // "came under fire from X", "came under attack by X": the subject is the target.
  const under = clause !== undefined && tok.dep === 'pobj' && tree.head(n).lemma === 'under' && ['come', 'be'].includes(tree.tokens[clause]!.lemma);
  if (clause !== undefined && (tok.dep !== 'pobj' || under)) {
    const lemma = tree.tokens[clause]!.lemma;
    if (SUFFER_VERBS.has(lemma) || under || (CAUSE_VERBS.has(lemma) && REACTIONS.has(trigger.relation))) {
      const sufferers = subjectsOf(tree, clause, mentionAt);
      // "the Egyptian plan drew criticism from X": an actor's act stands for the actor.
      objects.push(...(sufferers.length || !JUDGED.has(trigger.relation) ? sufferers : tree.children(clause, 'nsubj').flatMap((c) => judgedBy(tree, c.i, mentionAt))));
      // "drew criticism from X": the parser often hangs the source on the verb.
      if (!subjects.length) for (const p of tree.children(clause, 'prep', 'agent')) if (p.lemma === 'from' || p.lemma === 'by') subjects.push(...argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    }
    else if (SUPPORT_VERBS.has(lemma)) {
      if (!subjects.length) subjects.push(...subjectsOf(tree, clause, mentionAt));
      // "doubled its aid to Yemen": the parser often hangs the noun's preposition on the verb.
      if (!objects.length) for (const p of tree.children(clause, 'prep')) if (trigger.preps.includes(p.lemma)) objects.push(...argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    }
  }
  // "Kenya and Uganda held talks", "X and Y launched a joint operation": mutual between the conjoined subjects.
  if (!objects.length && MUTUAL.has(trigger.relation) && new Set(subjects.map((m) => m.id)).size > 1) objects.push(...subjects);
  const status = statusOf(tree, n);
  // A place as the target of a noun ("strikes on the port") is where, not whom; a mutual
  // relation between two parties is stated once, in text order.
  return pairs(subjects, objects.filter((o) => ACTOR.has(o.type)))
    .filter(([s, o]) => !MUTUAL.has(trigger.relation) || !subjects.includes(o) || s.first < o.first).map(([s, o]) => ({ relation: promise !== undefined ? ('AGREED' as const) : trigger.relation, subject: s, object: o, sentence: tree.sentenceOf[n]!, confidence: trigger.confidence * weight(s) * weight(o) * (status === 'reported' ? 0.9 : 1), status, rule: `nominal:${tok.lemma}` }));
}

/** Verbs that lend their subject to the event noun they take: "launched an attack", "imposed sanctions", "held talks". */
const SUPPORT_VERBS = new Set(
  'boost increase double triple raise repeat reiterate strengthen expand launch carry conduct stage mount impose slap levy hold have make issue level lodge express voice offer give provide extend announce begin start continue step intensify renew show display declare pledge open put lay place reach strike conclude seal sign ink pay'.split(' '),
);
/**
 * Verbs whose subject causes a reaction aimed at it: "X's decision prompted protests from Y",
 * "the raid sparked condemnation from Y" (only for reactions: "sparked attacks" names no target).
 */
const CAUSE_VERBS = new Set('prompt spark trigger provoke cause elicit generate ignite fuel unleash stir'.split(' '));
const REACTIONS = new Set(['CRITICIZED', 'SUPPORTED', 'PROTESTED']);
/** Verbs whose subject undergoes the event noun they take: "faced attacks from X". */
const SUFFER_VERBS = new Set('face suffer endure repel survive withstand receive draw attract earn'.split(' '));
