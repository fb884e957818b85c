/**
 * Reactions stated with the experiencer as object: "Moscow's decision angered Poland", "the
 * strikes outraged Egypt" -> the experiencer disapproves of the actor behind the act (CAMEO 11,
 * CRITICIZED). The act's owner comes from the argument roles (stand-in nouns, possessors).
 */
import { argMentions, judgedBy } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { pairs, weight, type RelationCandidate } from './relationCandidate.ts';

/** Verbs of provoking anger or dismay in their object. */
const ANGERING = new Set('anger outrage infuriate incense enrage upset dismay alarm irritate antagonize antagonise offend'.split(' '));

/** "X's act angered Y" -> Y CRITICIZED X. */
export function reactions(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !ANGERING.has(v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const passive = tree.children(v.i, 'nsubjpass', 'auxpass').length > 0;
    // Active: "X angered Y"; passive: "Y was angered by X".
    const causes = passive ? tree.children(v.i, 'agent').flatMap((a) => tree.children(a.i, 'pobj')) : tree.children(v.i, 'nsubj');
    const experiencers = tree.children(v.i, passive ? 'nsubjpass' : 'dobj');
    const critics = argMentions(tree, experiencers, mentionAt);
    const criticised = causes.flatMap((c) => judgedBy(tree, c.i, mentionAt));
    for (const [s, o] of pairs(critics, criticised)) out.push({ relation: 'CRITICIZED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.55 * weight(s) * weight(o), status: statusOf(tree, v.i), rule: `reaction:${v.lemma}` });
  }
  return out;
}
