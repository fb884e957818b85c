/**
 * Event coreference for bare act nouns: "Britain will send advisers. Libya condemned the
 * decision." — "the decision", "the move", "this step" with no owner of their own refer to
 * the latest act stated before them (in their sentence or the two before, same paragraph),
 * and stand for its agent, the way "X's decision" stands for X; "the call", "the request"
 * refer back to the latest act of asking. Answering or heeding such a request agrees with
 * the one who asked ("Y requested troops. Djibouti answered the call" -> AGREED Y).
 */
import type { ArticleMention } from './articleMention.ts';
import type { ParseTree } from './parseTree.ts';
import { judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { REPORTING_VERBS } from './triggerLexicon.ts';

/** Nouns that name an act by its kind, not its content. */
const ACT_NOUNS = new Set('decision move step plan proposal offer announcement deployment measure action initiative policy'.split(' '));
/** Nouns that name a request by its kind: they refer back to the latest act of asking. */
const REQUEST_NOUNS = new Set('call appeal request plea demand'.split(' '));
/** Verbs of asking (the acts a request noun refers back to). */
const ASKING = new Set('ask request urge call appeal demand plead press seek'.split(' '));
/** Verbs that state no act of their own (saying, being, thinking). */
const NO_ACT = new Set(['be', 'have', 'seem', 'appear', 'become', 'remain', 'think', 'believe', 'know', 'hope', 'want', 'need', 'expect', 'condemn', 'criticize', 'criticise', 'welcome', 'praise', 'reject', 'denounce', 'support', 'oppose']);

/** mentionAt with bare act nouns mapped to the agent of the act they refer back to. */
export function withActAnaphors(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): Array<ArticleMention | undefined> {
  const out = [...mentionAt];
  for (const n of tree.tokens) {
    const request = REQUEST_NOUNS.has(n.lemma);
    if (n.pos !== 'NOUN' || (!ACT_NOUNS.has(n.lemma) && !request) || out[n.i] || n.tag !== 'NN') continue;
    const kids = tree.children(n.i);
    // Only a bare definite "the / this / that decision" (an owner, a clause or an "of" makes it another's).
    if (!kids.some((k) => k.dep === 'det' && /^(the|this|that)$/i.test(k.text)) || kids.some((k) => !['det', 'amod'].includes(k.dep))) continue;
    const agent = latestAgent(tree, n.i, mentionAt, request ? ASKING : undefined);
    if (agent) out[n.i] = { ...agent, first: n.i, last: n.i, head: n.i, surface: n.text, via: 'pronoun' };
  }
  return out;
}

/** The subject of the latest verb of an act before token k, within two sentences and one paragraph. */
function latestAgent(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>, only?: ReadonlySet<string>): ArticleMention | undefined {
  const sentence = tree.sentenceOf[k]!;
  for (let j = k - 1; j >= 0 && tree.sentenceOf[j]! >= sentence - 2; j--) {
    const t = tree.tokens[j]!;
    if (tree.text.slice(t.end, tree.tokens[j + 1]!.start).includes('\n\n')) break;
    if (t.pos !== 'VERB' || (only ? !only.has(t.lemma) : NO_ACT.has(t.lemma) || REPORTING_VERBS.has(t.lemma))) continue;
    // ("Somalia's foreign minister X requested ...": the subject's apposition or body counts.)
    const subject = tree.children(j, 'nsubj').length ? subjectsOf(tree, j, mentionAt).find((m) => ACTOR.has(m.type)) : undefined;
    if (subject) return subject;
  }
  return undefined;
}

/** Verbs of answering a request: with a request noun as object, the subject agrees with the asker (CAMEO 08 / 03). */
const ANSWER_VERBS = new Set('answer heed meet accept grant respond'.split(' '));

/** "X answered the call", "X heeded Y's appeal", "X responded to the request" -> X AGREED the asker. */
export function answeredRequests(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !ANSWER_VERBS.has(v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const requests = [...tree.children(v.i, 'dobj'), ...tree.children(v.i, 'prep').filter((p) => p.lemma === 'to').flatMap((p) => tree.children(p.i, 'pobj'))].filter((n) => REQUEST_NOUNS.has(n.lemma));
    const askers = requests.flatMap((n) => (mentionAt[n.i] ? [mentionAt[n.i]!] : judgedBy(tree, n.i, mentionAt)));
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjectsOf(tree, v.i, mentionAt), askers)) out.push({ relation: 'AGREED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.6 * weight(s) * weight(o), status, rule: `answered:${v.lemma}` });
  }
  return out;
}
