/** Judgements inside reported speech: negative evaluations (CRITICIZED) and claims of wrongdoing (ACCUSED). */
import { argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { REPORTING_VERBS } from './triggerLexicon.ts';

/** Adjectives that, said of an actor's statement, act or document, criticise it. */
const NEGATIVE_EVALUATION = new Set('dishonest unacceptable irresponsible illegal illegitimate absurd biased baseless outrageous shameful disgraceful ridiculous unjust misleading provocative counterproductive deplorable hypocritical reckless dangerous unfounded one-sided'.split(' '));

/**
 * "X said Y's plan was irresponsible", "X called the report biased": a speaker judging an
 * actor (or the actor's document, which speaks for it) negatively criticises it.
 */
export function evaluations(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const a of tree.tokens) {
    const word = a.text.toLowerCase();
    if (!['ADJ', 'VERB'].includes(a.pos) || !NEGATIVE_EVALUATION.has(word) || tree.children(a.i, 'neg').length) continue;
    let judged: ArticleMention[] = [];
    let speakerVerb: number | undefined;
    if (a.dep === 'acomp' && tree.head(a.i).lemma === 'be') {
      // "Y was dishonest" under a reporting verb.
      const be = tree.head(a.i);
      if (isNegated(tree, be.i)) continue;
      judged = tree.children(be.i, 'nsubj').flatMap((n) => judgedBy(tree, n.i, mentionAt));
      if (be.dep === 'ccomp' && REPORTING_VERBS.has(tree.head(be.i).lemma)) speakerVerb = be.head;
    } else if (a.dep === 'oprd' || a.dep === 'xcomp' || a.dep === 'ccomp') {
      // "X called Y dishonest".
      const v = tree.head(a.i);
      if (['call', 'describe', 'label', 'brand', 'deem', 'consider'].includes(v.lemma)) {
        judged = tree.children(v.i, 'dobj').flatMap((n) => judgedBy(tree, n.i, mentionAt));
        speakerVerb = v.i;
      }
    }
    if (speakerVerb === undefined || isNegated(tree, speakerVerb)) continue;
    const speakers = subjectsOf(tree, speakerVerb, mentionAt);
    for (const [s, o] of pairs(speakers, judged)) out.push({ relation: 'CRITICIZED', subject: s, object: o, sentence: tree.sentenceOf[a.i]!, confidence: 0.6 * weight(s) * weight(o), status: statusOf(tree, speakerVerb), rule: `evaluation:${a.lemma}` });
  }
  return out;
}

/** Verbs of wrongdoing: saying an actor did one of these accuses it (CAMEO 112). */
const WRONGDOING = new Set('violate breach discriminate commit abuse torture persecute oppress harass intimidate rig steal loot smuggle sponsor harbor harbour massacre murder occupy exploit mistreat lie cheat plot incite fund arm target besiege starve displace expel'.split(' '));
/** Reporting verbs whose speaker, saying another actor did wrong, accuses it. */
const CLAIM_VERBS = new Set('say claim allege charge state insist argue contend assert write tweet accuse add'.split(' '));

/**
 * "X said Y discriminates against Z", "X claims Y violated the truce": a speaker stating that
 * an actor did wrong accuses that actor (the wrongdoing itself stays `reported`).
 */
export function claims(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    // (A clausal complement is a verb even when the tagger calls it a noun.)
    if (!['VERB', 'NOUN'].includes(v.pos) || !WRONGDOING.has(v.lemma.toLowerCase()) || v.dep !== 'ccomp') continue;
    const say = tree.head(v.i);
    if (!CLAIM_VERBS.has(say.lemma) || isNegated(tree, v.i) || isNegated(tree, say.i) || isUnrealised(tree, v.i)) continue;
    const speakers = subjectsOf(tree, say.i, mentionAt);
    const accused = tree.children(v.i, 'nsubj').flatMap((n) => argMentions(tree, [n], mentionAt));
    for (const [s, o] of pairs(speakers, accused)) out.push({ relation: 'ACCUSED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.55 * weight(s) * weight(o), status: statusOf(tree, say.i), properties: { allegation: v.lemma }, rule: `claim:${v.lemma}` });
  }
  return out;
}
