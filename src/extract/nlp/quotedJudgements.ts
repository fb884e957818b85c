/**
 * Judgements carried by what a speaker says (CAMEO 11, 112): a reply to Y in words of contempt
 * criticises Y ("X replied to Y saying 'so much pathetic hate'"); a quoted or reported
 * judgement of an actor's act criticises the actor ("X said: 'Y's illegal blockade ...'");
 * a quotation saying an actor did wrong accuses it ("X tweeted: 'Y is a state illegally
 * occupying Z'"). Only negative words from fixed lists, never negated, count.
 */
import { argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import { NEGATIVE_EVALUATION, NEGATIVE_NOUNS, isWrongdoing } from './judgementRelations.ts';
import type { ParseTree } from './parseTree.ts';
import { quotations, speakerOf } from './quotedSpeakers.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { REPORTING_VERBS } from './triggerLexicon.ts';

/** Nouns of contempt: words that, said to or of someone, condemn them. */
const CONTEMPT_NOUNS = new Set('hate hatred lie propaganda hypocrisy nonsense disgrace shame smear slander racism bigotry barbarity cowardice'.split(' '));
/** Verbs of answering someone ("replied to Y", "responded to Y", "hit back at Y"). */
const REPLY_VERBS = new Set('reply respond retort answer react hit_back'.split(' '));
/** Evaluative adjectives too common as plain description to judge a noun they modify ("dangerous journey", "criminal gangs"). */
const DESCRIPTIVE = new Set(['dangerous', 'criminal', 'provocative', 'illegal']);

/** Whether token k is a negative judgement word that nothing negates. */
function negativeWord(tree: ParseTree, k: number): boolean {
  const t = tree.tokens[k]!;
  const word = t.text.toLowerCase();
  if (!(NEGATIVE_EVALUATION.has(word) && ['ADJ', 'VERB'].includes(t.pos)) && !(CONTEMPT_NOUNS.has(t.lemma) && t.pos === 'NOUN')) return false;
  return !tree.children(k, 'neg').length && !isNegated(tree, t.head);
}

/** The tokens of a quotation (character range) in the article. */
function tokensIn(tree: ParseTree, q: { start: number; end: number }): number[] {
  return tree.tokens.filter((t) => t.start >= q.start && t.end <= q.end).map((t) => t.i);
}

/** "X replied to Y saying 'So much pathetic hate'", "X responded to Y: '... lies ...'" -> X CRITICIZED Y. */
export function contemptuousReplies(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const quotes = quotations(tree);
  for (const v of tree.tokens) {
    const particle = tree.children(v.i, 'prt')[0]?.lemma;
    if (v.pos !== 'VERB' || !REPLY_VERBS.has(particle ? `${v.lemma}_${particle}` : v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const addressees = tree.children(v.i, 'prep').filter((p) => ['to', 'at'].includes(p.lemma)).flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt)).filter((m) => ACTOR.has(m.type));
    if (!addressees.length) continue;
    // The reply's words: its clauses ("saying ...", a complement) and a quotation in the same sentence after the verb.
    const words = new Set(tree.children(v.i, 'ccomp', 'advcl', 'xcomp', 'conj').flatMap((c) => tree.subtree(c.i)));
    for (const q of quotes) for (const k of tokensIn(tree, q)) if (tree.sentenceOf[k] === tree.sentenceOf[v.i] && k > v.i) words.add(k);
    if (![...words].some((k) => negativeWord(tree, k))) continue;
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjectsOf(tree, v.i, mentionAt), addressees)) {
      out.push({ relation: 'CRITICIZED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.55 * weight(s) * weight(o), status, rule: `reply:${v.lemma}` });
    }
  }
  return out;
}

/**
 * Inside a quotation or a reported clause, a negative judgement of an actor's act or of the
 * actor: "Y's illegal blockade" (a modifier), "the raid by Y was barbaric" (a predicate at
 * any depth) -> the speaker CRITICIZED Y; a wrongdoing verb with an actor as its doer
 * ("Y is a state illegally occupying Z", "Y has violated ...") -> the speaker ACCUSED Y.
 */
export function quotedJudgements(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const spoken: Array<{ tokens: number[]; speakers: ArticleMention[]; status: RelationCandidate['status'] }> = [];
  for (const q of quotations(tree)) {
    const speaker = speakerOf(tree, q, mentionAt);
    // ("According to the agency, X said: '...'": the quotation's sentence may itself be relayed.)
    const words = tokensIn(tree, q);
    const root = words.length ? tree.tokens.find((t) => t.head === t.i && tree.sentenceOf[t.i] === tree.sentenceOf[words[0]!]) : undefined;
    if (speaker) spoken.push({ tokens: ownWords(tree, words), speakers: [speaker], status: root ? statusOf(tree, root.i) : 'asserted' });
  }
  // Reported clauses: "X said (that) ...".
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !REPORTING_VERBS.has(v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const speakers = subjectsOf(tree, v.i, mentionAt).filter((m) => ACTOR.has(m.type));
    if (speakers.length) spoken.push({ tokens: ownWords(tree, tree.children(v.i, 'ccomp').flatMap((c) => tree.subtree(c.i))), speakers, status: statusOf(tree, v.i) });
  }
  for (const { tokens, speakers, status } of spoken) {
    const inside = new Set(tokens);
    for (const k of tokens) {
      const t = tree.tokens[k]!;
      const judged: ArticleMention[] = [];
      let relation: 'CRITICIZED' | 'ACCUSED' = 'CRITICIZED';
      if (negativeWord(tree, k) && t.pos === 'ADJ' && t.dep === 'amod' && !DESCRIPTIVE.has(t.text.toLowerCase())) {
        // "Y's illegal blockade", "the barbaric raid by Y": only the owner of the modified noun (not the noun itself).
        const noun = t.head;
        if (!mentionAt[noun]) judged.push(...judgedBy(tree, noun, mentionAt));
      } else if (negativeWord(tree, k) && t.pos === 'ADJ' && t.dep === 'acomp' && tree.head(k).lemma === 'be' && inside.has(t.head)) {
        judged.push(...tree.children(t.head, 'nsubj').flatMap((n) => judgedBy(tree, n.i, mentionAt)));
      } else if (t.pos === 'NOUN' && t.dep === 'attr' && NEGATIVE_NOUNS.has(t.lemma) && tree.head(k).lemma === 'be' && inside.has(t.head) && !isNegated(tree, t.head)) {
        // "the strikes by Y were a violation of international law", "Y's decision was a mistake".
        judged.push(...tree.children(t.head, 'nsubj').flatMap((n) => judgedBy(tree, n.i, mentionAt)));
      } else if (t.pos === 'VERB' && isWrongdoing(tree, k) && !isNegated(tree, k) && !isUnrealised(tree, k)) {
        relation = 'ACCUSED';
        // (A pronoun doer is too uncertain to accuse: "they violate the law" may be anyone's acts.)
        judged.push(...doersOf(tree, k, mentionAt).filter((m) => m.via !== 'pronoun'));
      }
      for (const [s, o] of pairs(speakers, judged.filter((m) => ACTOR.has(m.type)))) {
        out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[k]!, confidence: 0.5 * weight(s) * weight(o), status, ...(relation === 'ACCUSED' ? { properties: { allegation: t.lemma } } : {}), rule: `quoted-judgement:${t.lemma}` });
      }
    }
  }
  return out;
}

/** The words a speaker says themself: without the clauses of another speaker inside ("... the report claims Y ..."). */
function ownWords(tree: ParseTree, tokens: number[]): number[] {
  const relayed = new Set(tokens.filter((k) => REPORTING_VERBS.has(tree.tokens[k]!.lemma) && tree.tokens[k]!.pos === 'VERB').flatMap((k) => tree.children(k, 'ccomp').flatMap((c) => tree.subtree(c.i))));
  return tokens.filter((k) => !relayed.has(k));
}

/** Who does a wrongdoing verb: its subject, or for "a state occupying Z" the noun it modifies (and what that noun is said of). */
function doersOf(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const t = tree.tokens[k]!;
  if (tree.children(k, 'nsubjpass').length) return [];
  if (t.dep !== 'acl') return subjectsOf(tree, k, mentionAt);
  const noun = tree.head(k);
  const direct = argMentions(tree, [noun], mentionAt);
  if (direct.length) return direct;
  // "Y is a state occupying Z": the predicate noun stands for the copula's subject.
  return noun.dep === 'attr' && tree.head(noun.i).lemma === 'be' ? argMentions(tree, tree.children(noun.head, 'nsubj'), mentionAt) : [];
}
