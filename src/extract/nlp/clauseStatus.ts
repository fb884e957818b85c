/**
 * What a clause says about its event: negated, denied, unrealised (wishes, conditions,
 * modals), or relayed (`reported`: under a reporting verb, "according to", a hedge).
 */
import type { FactStatus } from '../../model/vocabulary.ts';
import type { ParseTree } from './parseTree.ts';
import { HEDGES, REPORTING_VERBS } from './triggerLexicon.ts';

/** A verb under "not", "never", "no longer" (here or on the verb it is an infinitive of) states nothing. */
export function isNegated(tree: ParseTree, v: number): boolean {
  // "never", and "no longer" (an advmod "longer" with its own "no").
  const neg = (k: number) => tree.children(k, 'neg').length > 0 || tree.children(k, 'advmod').some((a) => a.lemma === 'never' || (a.text.toLowerCase() === 'longer' && tree.children(a.i, 'neg', 'det', 'advmod').some((n) => n.lemma === 'no')));
  if (neg(v)) return true;
  const tok = tree.tokens[v]!;
  if (tok.dep === 'xcomp' && neg(tok.head)) return true;
  // "X denied attacking Y", "X denies that it shelled Y": a denied act is not asserted.
  return isDenied(tree, v);
}

/** Whether the clause is what a speaker denies ("X denied attacking Y", "X denies that it shelled Y"). */
export function isDenied(tree: ParseTree, v: number): boolean {
  const neg = (k: number) => tree.children(k, 'neg').length > 0;
  for (let k = v, n = 0; n < 3; n++) {
    const t = tree.tokens[k]!;
    if (!['ccomp', 'xcomp', 'pcomp', 'pobj', 'dobj'].includes(t.dep) || t.head === k) break;
    if (DENY_VERBS.has(tree.head(k).lemma) && !neg(t.head)) return true;
    k = t.head;
  }
  return false;
}

/** Verbs that deny the clause they govern. */
const DENY_VERBS = new Set('deny refute dispute reject dismiss'.split(' '));

/** Verbs whose infinitive complement has not happened: "urged X to boycott", "vowed to attack". */
const IRREALIS = new Set('urge ask call demand want plan hope threaten vow pledge promise seek try intend expect propose request need wish aim prepare refuse consider fail decline'.split(' '));
/** Verbs whose clausal complement is wished or asked for ("demanded that Y withdraw"). */
const WISH_CLAUSE = new Set('urge ask demand request propose recommend want hope expect wish'.split(' '));
/** Nouns of asking whose for-to clause is wished for ("a call for Y to withdraw"). */
const REQUEST_NOUNS = new Set('call appeal demand plea request'.split(' '));
/** Modals of possibility: "could attack", "might send" state no event. */
const POSSIBLE = new Set('could might may would should'.split(' '));

/**
 * A clause that states no event: an infinitive under a wish, call or plan ("urged the
 * contest to boycott X"), a conditional ("if the U.S. does attack Yemen"), or a modal of
 * possibility ("could strike").
 */
export function isUnrealised(tree: ParseTree, v: number, options: { reportedFuture?: boolean } = {}): boolean {
  // The clause and the verbs it is an infinitive or purpose clause of ("would send fighters to help").
  for (let k = v, n = 0; n < 6; n++) {
    const tok = tree.tokens[k]!;
    if (tok.dep === 'xcomp' && IRREALIS.has(tree.head(k).lemma)) return true;
    // "demanded that Y withdraw", "hopes that Y will attend": the clause is wished for, not stated.
    if (tok.dep === 'ccomp' && WISH_CLAUSE.has(tree.head(k).lemma)) return true;
    // "called for Y to withdraw", "a call for Y to withdraw": the for-to clause is asked for.
    if (tree.children(k, 'mark').some((m) => m.lemma === 'for') && (IRREALIS.has(tree.head(k).lemma) || REQUEST_NOUNS.has(tree.head(k).lemma))) return true;
    if (tree.children(k, 'mark').some((m) => /^(if|unless|whether)$/i.test(m.text))) return true;
    // ("X said it would send aid": a reported "would" is the future of the past, not a possibility.)
    // Only the speaker's own act ("said it would", "said they would"), not a prediction of another's.
    const reportedFuture = (a: string) => options.reportedFuture === true && a === 'would' && tok.dep === 'ccomp' && REPORTING_VERBS.has(tree.head(k).lemma) && tree.children(k, 'nsubj').every((n) => n.pos === 'PRON') && !tree.children(k, 'mark').some((m) => /^(if|unless)$/i.test(m.text));
    if (tree.children(k, 'aux').some((a) => POSSIBLE.has(a.text.toLowerCase()) && !reportedFuture(a.text.toLowerCase()))) return true;
    const infinitive = tree.children(k, 'aux').some((a) => a.text.toLowerCase() === 'to');
    if (!(tok.dep === 'xcomp' || (tok.dep === 'advcl' && infinitive)) || tok.head === k) return false;
    k = tok.head;
  }
  return false;
}

/** A verb's own participants: a clause hung below them is not what the verb says. */
const ARGUMENT_DEPS = new Set(['nsubj', 'nsubjpass', 'dobj', 'dative', 'agent']);

/** `reported` when the clause is relayed: under a reporting verb, "according to", or a hedge. */
export function statusOf(tree: ParseTree, v: number): FactStatus {
  for (let k = v, from: number | undefined, n = 0; n < 20; n++) {
    const t = tree.tokens[k]!;
    if (tree.children(k, 'advmod').some((a) => HEDGES.has(a.lemma.toLowerCase()))) return 'reported';
    if (tree.children(k, 'prep').some((p) => p.lemma === 'accord' || (p.text.toLowerCase() === 'according'))) return 'reported';
    // What is said is the reporting verb's clause, not its speaker or addressee: "Peru, whom Chile
    // criticized, said nothing" asserts the criticism (a relative clause on the speaker).
    if (k !== v && REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB' && !ARGUMENT_DEPS.has(tree.tokens[from!]!.dep)) return 'reported';
    if (t.head === k) break;
    from = k;
    k = t.head;
  }
  return 'asserted';
}
