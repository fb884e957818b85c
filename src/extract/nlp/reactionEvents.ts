/**
 * Reactions to an actor's act (CAMEO 11 disapprove, 05 approve): experiencer verbs ("X's
 * decision angered Y", "Y was angered by X's decision" -> Y CRITICIZED X), and help named by
 * a prepositional phrase ("took the town with the help of X", "with X's backing" -> X AIDED or
 * SUPPORTED the clause's subject); making an actor stronger, done or wished, supports it
 * ("measures to strengthen Y's presence").
 */
import type { RelationType } from '../../model/vocabulary.ts';
import { agentsOf, argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';

/** Verbs whose object feels an actor's act as an offence: the object disapproves of the actor. */
const OFFEND_VERBS = new Set('anger outrage infuriate enrage incense upset offend irk annoy dismay frustrate disappoint alienate antagonize antagonise'.split(' '));
/** Prepositions naming the stimulus of a passive experiencer ("angered at / over / by X's move"). */
const STIMULUS_PREPS = new Set(['by', 'at', 'over', 'with', 'about']);

/**
 * "X's decision angered Y", "the move by X infuriated Y", "Y was angered by X's decision",
 * "Y was outraged over X's raid": Y CRITICIZED X (the owner of the act, or X itself).
 */
export function experiencers(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !OFFEND_VERBS.has(v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const passive = tree.children(v.i, 'nsubjpass', 'auxpass').length > 0;
    let feel: ArticleMention[];
    let cause: ArticleMention[];
    if (passive) {
      feel = argMentions(tree, tree.children(v.i, 'nsubjpass'), mentionAt);
      const stimuli = [...tree.children(v.i, 'agent'), ...tree.children(v.i, 'prep').filter((p) => STIMULUS_PREPS.has(p.lemma))].flatMap((p) => tree.children(p.i, 'pobj'));
      cause = stimuli.flatMap((o) => judgedBy(tree, o.i, mentionAt));
      if (!cause.length) cause = agentsOf(tree, v.i, mentionAt);
    } else {
      feel = argMentions(tree, tree.children(v.i, 'dobj'), mentionAt);
      cause = tree.children(v.i, 'nsubj').flatMap((s) => judgedBy(tree, s.i, mentionAt));
    }
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(feel.filter((m) => ACTOR.has(m.type)), cause)) {
      out.push({ relation: 'CRITICIZED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.6 * weight(s) * weight(o) * (status === 'asserted' ? 1 : 0.9), status, rule: `experiencer:${v.lemma}` });
    }
  }
  return out;
}

/** Nouns of help and backing, with the relation the helper holds with the one helped. */
const HELP_NOUNS: Record<string, RelationType> = { help: 'AIDED', assistance: 'AIDED', aid: 'AIDED', support: 'SUPPORTED', backing: 'SUPPORTED', blessing: 'SUPPORTED', endorsement: 'SUPPORTED' };

/**
 * "Mali retook the town with the help of France", "with French assistance", "thanks to X's
 * support": the helper (the noun's owner) AIDED / SUPPORTED the clause's subject.
 */
export function helpPhrases(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.tokens) {
    const relation = HELP_NOUNS[n.lemma];
    if (!relation || n.pos !== 'NOUN' || n.dep !== 'pobj') continue;
    const prep = tree.head(n.i);
    const thanks = prep.lemma === 'to' && tree.head(prep.i).lemma === 'thank';
    if ((prep.lemma !== 'with' && !thanks) || tree.children(n.i, 'det').some((d) => d.lemma === 'no' || d.lemma === 'without')) continue;
    // The clause the phrase belongs to ("with the help of" hangs on the verb, or on its object).
    let verb = thanks ? tree.head(tree.head(prep.i).i) : tree.head(prep.i);
    if (verb.pos !== 'VERB' && verb.dep === 'dobj') verb = tree.head(verb.i);
    if (verb.pos !== 'VERB' || isNegated(tree, verb.i) || isUnrealised(tree, verb.i)) continue;
    const helpers = judgedBy(tree, n.i, mentionAt).filter((m) => ACTOR.has(m.type));
    const helped = tree.children(verb.i, 'nsubjpass', 'auxpass').length ? [] : subjectsOf(tree, verb.i, mentionAt);
    const status = statusOf(tree, verb.i);
    for (const [s, o] of pairs(helpers, helped)) {
      out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[n.i]!, confidence: 0.65 * weight(s) * weight(o) * (status === 'asserted' ? 1 : 0.9), status, rule: `help-phrase:${n.lemma}` });
    }
  }
  return out;
}

/** Verbs of making an actor stronger: backing it (CAMEO 05 / 051), wanted or done. */
const STRENGTHEN_VERBS = new Set('strengthen bolster reinforce empower shore_up prop_up'.split(' '));
/** Nouns of an actor's standing that, strengthened, strengthen the actor ("X's presence", "the role of X"). */
const STANDING = new Set('presence role position hand authority capacity capability legitimacy standing influence institution rule'.split(' '));

/**
 * "X wants to strengthen Y", "X recommends measures to bolster Y's presence in the city": to
 * make an actor stronger, done or wished for, is to support it (a wish states the support).
 */
export function strengthening(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    const particle = tree.children(v.i, 'prt')[0]?.lemma;
    if (v.pos !== 'VERB' || !STRENGTHEN_VERBS.has(particle ? `${v.lemma}_${particle}` : v.lemma) || isNegated(tree, v.i)) continue;
    const objects = tree.children(v.i, 'dobj').flatMap((d) => {
      const direct = argMentions(tree, [d], mentionAt);
      return direct.length ? direct : STANDING.has(d.lemma) ? judgedBy(tree, d.i, mentionAt) : [];
    });
    let subjects = subjectsOf(tree, v.i, mentionAt);
    // "measures to strengthen Y": the infinitive of a noun is meant by whoever takes up the noun.
    const noun = tree.head(v.i);
    if (!subjects.length && ['acl', 'relcl'].includes(v.dep) && noun.dep === 'dobj' && tree.children(v.i, 'aux').some((a) => a.text.toLowerCase() === 'to')) subjects = subjectsOf(tree, noun.head, mentionAt);
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjects, objects.filter((m) => ACTOR.has(m.type)))) {
      out.push({ relation: 'SUPPORTED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.6 * weight(s) * weight(o), status, rule: `strengthen:${v.lemma}` });
    }
  }
  return out;
}
