/**
 * Event coreference for bare act nouns: "Britain will send advisers. Libya condemned the
 * decision." — "the decision", "the move", "this step" with no owner of their own refer to
 * the latest act stated before them (in their sentence or the two before, same paragraph),
 * and stand for its agent, the way "X's decision" stands for X.
 */
import type { ArticleMention } from './articleMention.ts';
import type { ParseTree } from './parseTree.ts';
import { ACTOR } from './relationCandidate.ts';
import { REPORTING_VERBS } from './triggerLexicon.ts';

/** Nouns that name an act by its kind, not its content. */
const ACT_NOUNS = new Set('decision move step plan proposal offer announcement deployment measure action initiative policy'.split(' '));
/** Verbs that state no act of their own (saying, being, thinking). */
const NO_ACT = new Set(['be', 'have', 'seem', 'appear', 'become', 'remain', 'think', 'believe', 'know', 'hope', 'want', 'need', 'expect', 'condemn', 'criticize', 'criticise', 'welcome', 'praise', 'reject', 'denounce', 'support', 'oppose']);

/** mentionAt with bare act nouns mapped to the agent of the act they refer back to. */
export function withActAnaphors(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): Array<ArticleMention | undefined> {
  const out = [...mentionAt];
  for (const n of tree.tokens) {
    if (n.pos !== 'NOUN' || !ACT_NOUNS.has(n.lemma) || out[n.i] || n.tag !== 'NN') continue;
    const kids = tree.children(n.i);
    // Only a bare definite "the / this / that decision" (an owner, a clause or an "of" makes it another's).
    if (!kids.some((k) => k.dep === 'det' && /^(the|this|that)$/i.test(k.text)) || kids.some((k) => !['det', 'amod'].includes(k.dep))) continue;
    const agent = latestAgent(tree, n.i, mentionAt);
    if (agent) out[n.i] = { ...agent, first: n.i, last: n.i, head: n.i, surface: n.text, via: 'pronoun' };
  }
  return out;
}

/** The subject of the latest verb of an act before token k, within two sentences and one paragraph. */
function latestAgent(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention | undefined {
  const sentence = tree.sentenceOf[k]!;
  for (let j = k - 1; j >= 0 && tree.sentenceOf[j]! >= sentence - 2; j--) {
    const t = tree.tokens[j]!;
    if (tree.text.slice(t.end, tree.tokens[j + 1]!.start).includes('\n\n')) break;
    if (t.pos !== 'VERB' || NO_ACT.has(t.lemma) || REPORTING_VERBS.has(t.lemma)) continue;
    const subject = tree.children(j, 'nsubj').map((s) => mentionAt[s.i]).find((m) => m && ACTOR.has(m.type));
    if (subject) return subject;
  }
  return undefined;
}
