/** Judgements in speech: negative and positive evaluations (CRITICIZED, SUPPORTED), claims of wrongdoing and blame (ACCUSED). */
import { agentsOf, argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { REPORTING_VERBS } from './triggerLexicon.ts';

/** Adjectives that, said of an actor's statement, act or document, criticise it. */
export const NEGATIVE_EVALUATION = new Set(
  'dishonest unacceptable irresponsible illegal illegitimate absurd biased baseless outrageous shameful disgraceful ridiculous unjust misleading provocative counterproductive deplorable hypocritical reckless dangerous unfounded one-sided unlawful barbaric inhumane criminal cowardly heinous despicable abhorrent appalling unjustified unwarranted disproportionate destabilizing destabilising pathetic disgusting vile hateful scandalous'.split(' '),
);
/** Adjectives that, said of an actor's act or words, approve of it (CAMEO 051 praise). */
const POSITIVE_EVALUATION = new Set('constructive courageous brave commendable admirable justified helpful encouraging praiseworthy'.split(' '));

/**
 * "X said Y's plan was irresponsible", "X called the report biased": a speaker judging an
 * actor (or the actor's document, which speaks for it) negatively criticises it.
 */
export function evaluations(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const a of tree.tokens) {
    const word = a.text.toLowerCase();
    const relation = NEGATIVE_EVALUATION.has(word) ? 'CRITICIZED' : POSITIVE_EVALUATION.has(word) ? 'SUPPORTED' : undefined;
    // (An evaluative word as a predicate is one whatever its tag: "called the attack barbaric" with "barbaric" as ADV.)
    const predicate = a.pos === 'ADV' && ['oprd', 'acomp', 'xcomp'].includes(a.dep);
    if ((!['ADJ', 'VERB'].includes(a.pos) && !predicate) || !relation || tree.children(a.i, 'neg').length) continue;
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
    for (const [s, o] of pairs(speakers, judged)) out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[a.i]!, confidence: 0.6 * weight(s) * weight(o), status: statusOf(tree, speakerVerb), rule: `evaluation:${a.lemma}` });
  }
  out.push(...nounEvaluations(tree, mentionAt));
  return out;
}

/** Nouns that, said of an actor's act, condemn it: "a war crime", "an act of aggression". */
export const NEGATIVE_NOUNS = new Set(
  'crime violation aggression provocation atrocity massacre terrorism genocide disgrace outrage breach sham farce travesty threat dictator tyrant terrorist liar criminal thug murderer traitor puppet mistake blunder fraud murder hoax propaganda aggressor occupier invader warmonger extremist separatist hypocrisy betrayal'.split(' '),
);
/** Modifiers that make a naming noun condemning: "a rogue state", "a terrorist organisation", "a corrupt regime". */
const NEGATIVE_MODIFIERS = new Set('rogue terrorist corrupt criminal illegitimate murderous brutal repressive fascist racist apartheid'.split(' '));
const NAMING_VERBS = new Set(['call', 'describe', 'label', 'brand', 'term', 'characterize', 'characterise']);

/**
 * "X called Y's strikes a war crime", "X described Y's move as an act of aggression": naming
 * an actor's act with a condemning noun criticises the actor.
 */
function nounEvaluations(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const negative = (k: number) => (NEGATIVE_NOUNS.has(tree.tokens[k]!.lemma.toLowerCase()) || (tree.tokens[k]!.pos === 'NOUN' && tree.children(k, 'amod', 'compound').some((m) => NEGATIVE_MODIFIERS.has(m.lemma.toLowerCase())))) && !tree.children(k, 'neg').length;
  // The evaluative noun of an argument: itself, its object or predicate, or "as (an act of) N".
  const evaluates = (k: number): boolean => {
    if (negative(k) || tree.children(k, 'dobj', 'oprd', 'attr').some((c) => negative(c.i))) return true;
    for (const as of tree.children(k, 'prep').filter((p) => p.lemma === 'as'))
      for (const n of tree.children(as.i, 'pobj')) if (negative(n.i) || tree.children(n.i, 'prep').some((of) => of.lemma === 'of' && tree.children(of.i, 'pobj').some((c) => negative(c.i)))) return true;
    return false;
  };
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !NAMING_VERBS.has(v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const args = tree.children(v.i, 'dobj', 'oprd', 'ccomp', 'xcomp');
    if (!args.some((a) => evaluates(a.i)) && !evaluates(v.i)) continue;
    const judged = args.filter((a) => !negative(a.i)).flatMap((a) => judgedBy(tree, a.i, mentionAt));
    const speakers = subjectsOf(tree, v.i, mentionAt);
    for (const [s, o] of pairs(speakers, judged)) out.push({ relation: 'CRITICIZED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.6 * weight(s) * weight(o), status: statusOf(tree, v.i), rule: `evaluation:${v.lemma}` });
  }
  return out;
}

/** Verbs of wrongdoing: saying an actor did one of these accuses it (CAMEO 112). */
export const WRONGDOING = new Set('violate breach discriminate commit abuse torture persecute oppress harass intimidate rig steal loot smuggle sponsor harbor harbour massacre murder occupy exploit mistreat lie cheat plot incite fund arm target besiege starve displace expel undermine sabotage interfere meddle obstruct bribe fabricate falsify deceive mislead strip deprive'.split(' '));
/** Whether verb v states a wrongdoing: a wrongdoing verb, or "uses X as (human) shields" (CAMEO 184). */
export function isWrongdoing(tree: ParseTree, v: number): boolean {
  const t = tree.tokens[v]!;
  if (WRONGDOING.has(t.lemma.toLowerCase())) return true;
  return ['use', 'exploit'].includes(t.lemma) && [t.i, ...tree.children(v, 'dobj').map((d) => d.i)].some((h) => tree.children(h, 'prep').some((p) => p.lemma === 'as' && tree.children(p.i, 'pobj').some((o) => o.lemma === 'shield')));
}

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
    if (!['VERB', 'NOUN'].includes(v.pos) || !isWrongdoing(tree, v.i) || v.dep !== 'ccomp') continue;
    const say = tree.head(v.i);
    if (!CLAIM_VERBS.has(say.lemma) || isNegated(tree, v.i) || isNegated(tree, say.i) || isUnrealised(tree, v.i)) continue;
    const speakers = subjectsOf(tree, say.i, mentionAt);
    // "said the vote was rigged by X": the passive agent is the doer.
    const accused = [...tree.children(v.i, 'nsubj').flatMap((n) => argMentions(tree, [n], mentionAt)), ...agentsOf(tree, v.i, mentionAt)];
    for (const [s, o] of pairs(speakers, accused)) out.push({ relation: 'ACCUSED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.55 * weight(s) * weight(o), status: statusOf(tree, say.i), properties: { allegation: v.lemma }, rule: `claim:${v.lemma}` });
  }
  return out;
}

/** Predicates of blame: "responsible for", "guilty of". */
const BLAME_ADJECTIVES = new Set('responsible accountable guilty culpable'.split(' '));
/** Verbs that pin blame on their object with such a predicate: "held X responsible", "found X guilty". */
const BLAME_VERBS = new Set('hold find deem consider'.split(' '));

/**
 * Blame (CAMEO 112): "X held Y responsible for the attack", "X said Y was responsible for
 * it", "X found Y guilty" -> X ACCUSED Y.
 */
export function blame(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const a of tree.tokens) {
    if (!BLAME_ADJECTIVES.has(a.lemma.toLowerCase()) || tree.children(a.i, 'neg').length) continue;
    const head = tree.head(a.i);
    let speakerVerb: number | undefined;
    let blamed: ArticleMention[] = [];
    if (['oprd', 'xcomp', 'ccomp', 'acomp'].includes(a.dep) && BLAME_VERBS.has(head.lemma) && head.pos === 'VERB') {
      speakerVerb = head.i;
      // (A small clause "held [X responsible]" may be parsed with X as the adjective's subject.)
      blamed = argMentions(tree, [...tree.children(head.i, 'dobj'), ...tree.children(a.i, 'nsubj')], mentionAt);
    } else if (a.dep === 'acomp' && head.lemma === 'be' && head.dep === 'ccomp' && CLAIM_VERBS.has(tree.head(head.i).lemma)) {
      if (isNegated(tree, head.i)) continue;
      speakerVerb = head.head;
      blamed = argMentions(tree, tree.children(head.i, 'nsubj'), mentionAt);
    }
    if (speakerVerb === undefined || isNegated(tree, speakerVerb) || isUnrealised(tree, speakerVerb)) continue;
    const speakers = subjectsOf(tree, speakerVerb, mentionAt);
    for (const [s, o] of pairs(speakers, blamed)) out.push({ relation: 'ACCUSED', subject: s, object: o, sentence: tree.sentenceOf[a.i]!, confidence: 0.65 * weight(s) * weight(o), status: statusOf(tree, speakerVerb), rule: `blame:${a.lemma}` });
  }
  return out;
}
