/**
 * Frames around a trigger verb that change who did what: a hostile act promised or warned of
 * is a threat ("vowed to sanction Y", "warned it would strike Y"); a demand's addressee is the
 * subject of its clause ("demanded that Y withdraw"); the victims of a passive killing name
 * their attacker through the event they died in ("were killed in an Israeli airstrike"); force
 * used against someone ("fired tear gas at X") and an attack claimed are attacks.
 */
import type { RelationType } from '../../model/vocabulary.ts';
import { argMentions, subjectsOf } from './argumentRoles.ts';
import { isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import type { ParsedToken } from '../../nlp/parseTypes.ts';
import { ACTOR, pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { nominalTrigger } from './triggerLexicon.ts';

const OWNER_DEPS = ['poss', 'compound', 'amod', 'nmod'];

/** Acts that, promised or warned of, threaten their object (CAMEO 13: threaten force, sanctions, repression). */
const HOSTILE = new Set<RelationType>(['ATTACKED', 'SANCTIONED', 'COERCED']);
/** Verbs that make a hostile act they govern a threat. */
const THREAT_VERBS = new Set('threaten vow warn pledge promise'.split(' '));
const THREAT_NOUNS = new Set('threat warning ultimatum vow pledge'.split(' '));

/** Who makes a threat or promise stated by a noun: "threats by X", "X's pledge", "X announced plans". */
export function nounFrameOwners(tree: ParseTree, n: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const owners = tree.children(n, ...OWNER_DEPS).filter((c) => c.i < n).map((c) => mentionAt[c.i]).filter((m): m is ArticleMention => !!m && ACTOR.has(m.type));
  const by = tree.children(n, 'prep').filter((p) => p.lemma === 'by' || p.lemma === 'from').flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
  // "X made / issued threats to ...": the support verb's subject.
  if (!owners.length && !by.length && tree.tokens[n]!.dep === 'dobj') return subjectsOf(tree, tree.tokens[n]!.head, mentionAt);
  return [...owners, ...by];
}

/** Verbs of saying whose own future act, announced, may be a threat ("said it would strike"). */
const SAY_FUTURE = new Set('say announce declare state insist tell'.split(' '));
/** Auxiliaries of a future act in a complement clause ("warned it would strike"). */
const FUTURE = new Set('will would shall could might'.split(' '));

/** The threat verb a hostile act is the infinitive or future clause of ("vowed to strike Y", "warned it would strike Y"). */
export function threatOf(tree: ParseTree, v: number, relation: RelationType): number | undefined {
  const tok = tree.tokens[v]!;
  if (!HOSTILE.has(relation)) return undefined;
  const head = tree.head(v);
  // "threats by X to attack Y": the threat noun's infinitive.
  if (tok.dep === 'acl' && THREAT_NOUNS.has(head.lemma.toLowerCase()) && !isNegated(tree, v)) return head.i;
  // "in response to threats by X to attack Y" with the infinitive hung on the main clause: the
  // nearest threat noun before it in the clause, if it has no infinitive of its own.
  if (tok.dep === 'advcl' && tree.children(v, 'aux').some((a) => a.text.toLowerCase() === 'to') && !isNegated(tree, v)) {
    for (let k = v - 1; k > tok.head && tree.sentenceOf[k] === tree.sentenceOf[v]; k--) {
      const n = tree.tokens[k]!;
      if (n.pos === 'NOUN' && THREAT_NOUNS.has(n.lemma) && !tree.children(k, 'acl').length) return k;
    }
  }
  if (!['xcomp', 'ccomp'].includes(tok.dep)) return undefined;
  // "X said it would strike Y": announcing one's own hostile act is a threat too (CAMEO 138).
  const announces = tok.dep === 'ccomp' && SAY_FUTURE.has(head.lemma);
  if ((!THREAT_VERBS.has(head.lemma) && !announces) || head.pos !== 'VERB' || isNegated(tree, head.i) || isNegated(tree, v)) return undefined;
  if (tok.dep === 'ccomp' && !tree.children(v, 'aux').some((a) => FUTURE.has(a.text.toLowerCase()))) return undefined;
  // Only the warner's own act ("warned it would strike Y"), not another's ("warned that Z would strike Y").
  if (tok.dep === 'ccomp' && !tree.children(v, 'nsubj').every((n) => n.pos === 'PRON')) return undefined;
  return head.i;
}

/** Verbs of asking whose clausal complement names who is asked: "demanded that Y withdraw", "urged that Y ...". */
const ASK_CLAUSE_VERBS = new Set('demand urge ask request insist call press appeal plead'.split(' '));

/** The addressees of a demand made with a clause ("demanded that Belarus withdraw" -> Belarus). */
export function addresseesOfClause(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  if (!ASK_CLAUSE_VERBS.has(tree.tokens[v]!.lemma)) return [];
  return [...tree.children(v, 'ccomp'), ...forToClauses(tree, v)].flatMap((c) => argMentions(tree, tree.children(c.i, 'nsubj'), mentionAt));
}

/** "called for Y to withdraw", "a call for Y to withdraw": the for-to clauses of a word of asking. */
export function forToClauses(tree: ParseTree, k: number): ParsedToken[] {
  return tree.children(k, 'advcl', 'acl', 'ccomp', 'relcl').filter((c) => tree.children(c.i, 'mark').some((m) => m.lemma === 'for') && tree.children(c.i, 'aux').some((a) => a.text.toLowerCase() === 'to'));
}

/** Event nouns victims die or are hurt in, naming the other side: "in a clash with X", "in fighting with X". */
const FIGHT_NOUNS = new Set('clash fighting battle firefight skirmish gunfight crossfire'.split(' '));

/**
 * The attackers of a passive killing with no agent, from the event the victims met: "were
 * killed in an Israeli airstrike", "died in a Taliban ambush", "killed in clashes with X",
 * "killed by Russian shelling" -> the event's owner or opponent.
 */
export function attackersOfVictims(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const out: ArticleMention[] = [];
  const actor = (k: number) => (mentionAt[k] && ACTOR.has(mentionAt[k]!.type) ? [mentionAt[k]!] : []);
  for (const p of tree.children(v, 'prep', 'agent').filter((p) => ['in', 'during', 'by'].includes(p.lemma))) {
    for (const n of tree.children(p.i, 'pobj')) {
      const lemma = n.lemma.toLowerCase();
      const fight = FIGHT_NOUNS.has(lemma);
      if (!fight && nominalTrigger(lemma)?.relation !== 'ATTACKED') continue;
      for (const c of tree.children(n.i, ...OWNER_DEPS)) if (c.i < n.i) out.push(...actor(c.i));
      for (const q of tree.children(n.i, 'prep')) {
        if (q.lemma === 'by' || q.lemma === 'from' || (fight && ['with', 'against'].includes(q.lemma))) out.push(...argMentions(tree, tree.children(q.i, 'pobj'), mentionAt));
      }
    }
  }
  return out;
}

/** Verbs of using a weapon, and the weapons of crowd control and combat ("fired tear gas", "used live ammunition"). */
const FORCE_VERBS = new Set('use deploy fire spray lob hurl shoot employ'.split(' '));
const WEAPONS = new Set('gas bullet cannon ammunition baton truncheon grenade force round shell missile rocket'.split(' '));

/**
 * Force used against someone: "fired tear gas at X", "used force against X", "responded to X
 * by deploying rubber bullets", "dispersed X by firing tear gas" -> ATTACKED (CAMEO 18/175).
 */
export function forceAgainst(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !FORCE_VERBS.has(v.lemma)) continue;
    const weapons = tree.children(v.i, 'dobj').flatMap((d) => tree.conjuncts(d.i)).filter((k) => WEAPONS.has(tree.tokens[k]!.lemma.toLowerCase()));
    if (!weapons.length || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const onVerb = (h: number, preps: string[]) => tree.children(h, 'prep').filter((p) => preps.includes(p.lemma)).flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    let actorVerb = v.i;
    let targets = [v.i, ...weapons].flatMap((h) => onVerb(h, ['on', 'against', 'at', 'upon']));
    // "responded to X by deploying ...": the means clause of a verb whose object is the target.
    if (!targets.length && v.dep === 'pcomp' && tree.head(v.i).lemma === 'by') {
      actorVerb = tree.head(v.i).head;
      targets = [...onVerb(actorVerb, ['to', 'against']), ...argMentions(tree, tree.children(actorVerb, 'dobj'), mentionAt)];
    }
    const subjects = subjectsOf(tree, actorVerb, mentionAt);
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjects, targets)) out.push({ relation: 'ATTACKED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.7 * weight(s) * weight(o), status, rule: `force:${v.lemma}` });
  }
  return out;
}

/**
 * "X claimed responsibility for the attack on Y", "X admitted responsibility for the bombing
 * of Y": whoever claims an attack made it (the target: the attack noun's object).
 */
export function responsibilityClaims(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !['claim', 'accept', 'admit', 'take'].includes(v.lemma) || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const responsibility = tree.children(v.i, 'dobj').filter((d) => ['responsibility', 'credit'].includes(d.lemma.toLowerCase()));
    if (!responsibility.length) continue;
    const fors = [v.i, ...responsibility.map((r) => r.i)].flatMap((h) => tree.children(h, 'prep').filter((p) => p.lemma === 'for'));
    const acts = fors.flatMap((p) => tree.children(p.i, 'pobj')).filter((n) => nominalTrigger(n.lemma.toLowerCase())?.relation === 'ATTACKED');
    const targets = acts.flatMap((n) => tree.children(n.i, 'prep').filter((q) => ['on', 'against', 'at', 'of'].includes(q.lemma)).flatMap((q) => argMentions(tree, tree.children(q.i, 'pobj'), mentionAt)));
    const subjects = subjectsOf(tree, v.i, mentionAt);
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjects, targets.filter((m) => ACTOR.has(m.type)))) out.push({ relation: 'ATTACKED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.7 * weight(s) * weight(o), status, rule: 'claim-responsibility' });
  }
  return out;
}

/** Participles that, hyphenated to an actor, say it supports or aids the noun they modify. */
const BACKING: Record<string, RelationType> = { back: 'SUPPORTED', support: 'SUPPORTED', sponsor: 'SUPPORTED', fund: 'AIDED', arm: 'AIDED', train: 'AIDED', finance: 'AIDED' };

/** "Iranian-backed rebels", "the US-funded militia": the actor before the hyphen backs or aids the noun's actor. */
export function hyphenBacking(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    const relation = BACKING[v.lemma];
    if (!relation || v.tag !== 'VBN' || v.dep !== 'amod' || v.i < 2 || !/^[-‐–]$/.test(tree.tokens[v.i - 1]!.text)) continue;
    const backer = mentionAt[v.i - 2];
    if (!backer || !ACTOR.has(backer.type)) continue;
    const head = tree.head(v.i);
    let backed = argMentions(tree, [head], mentionAt);
    // "Iranian-backed Houthi rebels": the named group modifying the noun.
    if (!backed.length) backed = tree.children(head.i, 'compound', 'amod').map((c) => mentionAt[c.i]).filter((m): m is ArticleMention => !!m && ACTOR.has(m.type) && m.id !== backer.id);
    for (const o of backed) if (o.id !== backer.id) out.push({ relation, subject: backer, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.7 * weight(backer) * weight(o), status: statusOf(tree, head.i), rule: `backing:${v.lemma}` });
  }
  return out;
}

/**
 * "A Security Council meeting was held at the request of Jordan": whoever an event happens
 * at the request of asked for it, of the body that holds it.
 */
export function requestsFor(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const r of tree.tokens) {
    if (!['request', 'behest', 'invitation', 'urging'].includes(r.lemma.toLowerCase()) || r.dep !== 'pobj' || !['at', 'upon', 'on'].includes(tree.head(r.i).lemma)) continue;
    const verb = tree.head(tree.head(r.i).i);
    if (verb.pos !== 'VERB' || isNegated(tree, verb.i)) continue;
    const askers = tree.children(r.i, 'prep').filter((p) => p.lemma === 'of').flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    const asked = tree.children(verb.i, 'nsubj', 'nsubjpass').flatMap((n) => {
      const direct = argMentions(tree, [n], mentionAt);
      return direct.length ? direct : tree.children(n.i, 'compound', 'poss', 'nmod').map((c) => mentionAt[c.i]).filter((m): m is ArticleMention => !!m && ACTOR.has(m.type));
    });
    const relation: RelationType = r.lemma.toLowerCase() === 'invitation' ? 'CONSULTED' : 'REQUESTED';
    for (const [s, o] of pairs(askers, asked)) out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[r.i]!, confidence: 0.65 * weight(s) * weight(o), status: statusOf(tree, verb.i), rule: `at-request:${r.lemma}` });
  }
  return out;
}
