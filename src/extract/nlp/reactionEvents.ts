/**
 * Help and backing (CAMEO 05, 07; experiencer verbs such as "X's decision angered Y" are in
 * reactionRelations): help named by a prepositional phrase ("took the town with the help of
 * X", "with X's backing" -> X AIDED or SUPPORTED the clause's subject); making an actor
 * stronger, done or wished, supports it ("measures to strengthen Y's presence").
 */
import type { RelationType } from '../../model/vocabulary.ts';
import { argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';

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
