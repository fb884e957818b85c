/**
 * Relations over a parsed, mention-resolved article: office holders from titles and
 * appositions, and events from trigger verbs with their grammatical arguments (subject,
 * object, passive agent, prepositional object, conjuncts, relative clauses, controlled
 * infinitives). Negated clauses yield nothing; clauses under a reporting verb, "according to"
 * or a hedge ("reportedly") are `reported`.
 */
import type { FactStatus, RelationType } from '../../model/vocabulary.ts';
import { PART_NOUNS, type ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { OFFICE_WORDS } from './officeWords.ts';
import { HEDGES, REPORTING_VERBS, adjectiveTrigger, nominalTrigger, triggersFor } from './triggerLexicon.ts';

/** A relation found in one sentence, before type checks and de-duplication. */
export interface RelationCandidate {
  relation: RelationType;
  subject: ArticleMention;
  object: ArticleMention;
  /** Index of the sentence that states it. */
  sentence: number;
  confidence: number;
  status: FactStatus;
  properties?: Record<string, string>;
  /** Which rule found it (tests and debugging). */
  rule: string;
}

/** Portfolios inside a title ("Secretary of State", "Minister of Defence"), not organisations. */
const PORTFOLIO = /^(?:the\s+)?(?:state|defen[cs]e|interior|justice|finance|health|education|(?:foreign|home) affairs|the treasury)$/i;
/** Titles that name a national office, so a bare "President X" holds office in the article's country. */
const NATIONAL_TITLES = /^(?:president|prime minister|premier|king|queen|emir|sultan|monarch|chancellor|(?:foreign|defen[cs]e|interior|finance|justice|home|economy|trade|energy|health|education|information) minister|minister of (?:[a-z]+ )?[a-z]+)$/i;

/** Finds relation candidates in the whole article. */
export function findRelations(tree: ParseTree, mentions: readonly ArticleMention[], mentionAt0: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const countrySeen = new Map<string, number>();
  for (const m of mentions) {
    if (m.type === 'Country') countrySeen.set(m.id, (countrySeen.get(m.id) ?? 0) + 1);
    if (m.type === 'Person' && m.via !== 'pronoun') out.push(...officeOf(tree, m, mentionAt0, countrySeen));
  }
  // A quoted "we" of a person is the body they hold office in (none found: no mention).
  const holderOf = new Map<string, ArticleMention>();
  for (const c of out) if (c.relation === 'HOLDS_OFFICE' && (!holderOf.has(c.subject.id) || c.rule !== 'office:national-title')) holderOf.set(c.subject.id, c.object);
  const mentionAt = mentionAt0.map((m) => (m?.group ? (holderOf.has(m.id) ? { ...holderOf.get(m.id)!, first: m.first, last: m.last, head: m.head, surface: m.surface, via: 'pronoun' as const } : undefined) : m));
  for (const t of tree.tokens) {
    if (t.pos !== 'VERB') continue;
    for (const trigger of triggersFor(t.lemma)) {
      // A denied act is drafted with status `denied` (the graph links it to what it denies).
      const denied = isDenied(tree, t.i);
      // "X pledged to help Y", "promised to send aid to Y": a promise of help is itself an
      // agreement (CAMEO 03, express intent to cooperate) even though the help has not happened.
      const promise = promiseOf(tree, t.i, trigger.relation);
      if ((!denied && isNegated(tree, t.i)) || (isUnrealised(tree, t.i) && promise === undefined)) continue;
      const status = denied ? 'denied' : statusOf(tree, t.i);
      const passive = tree.children(t.i, 'nsubjpass', 'auxpass').length > 0;
      const subjects = promise !== undefined ? subjectsOf(tree, promise, mentionAt) : passive ? agentsOf(tree, t.i, mentionAt) : subjectsOf(tree, t.i, mentionAt);
      const objects: ArticleMention[] = [];
      const args = passive ? tree.children(t.i, 'nsubjpass') : trigger.dobj ? tree.children(t.i, 'dobj') : [];
      // Judging words take an actor's act as their object: "condemned Israel's strikes",
      // "rejected the proposal by Russia" -> the owner; "dismissed X's allegations" denies X.
      const judging = JUDGING.has(trigger.relation);
      let relation: RelationType = promise !== undefined ? 'AGREED' : trigger.relation;
      for (const a of args) {
        const named = argMentions(tree, [a], mentionAt);
        // "denied X's accusations" denies X; "denied Palestinians their rights" denies no allegation.
        if (trigger.relation === 'DENIED' && (named.length || !ALLEGATIONS.has(a.lemma))) continue;
        if (named.length || !judging) {
          objects.push(...named);
          continue;
        }
        const owners = judgedBy(tree, a.i, mentionAt);
        if (owners.length && ALLEGATIONS.has(a.lemma) && trigger.relation === 'REJECTED') relation = 'DENIED';
        objects.push(...owners);
      }
      // "discuss security with X", "signed a deal with X": the parser often hangs the
      // preposition on the direct object; for triggers whose object is prepositional it is the verb's.
      const hosts = trigger.dobj ? [t.i] : [t.i, ...tree.children(t.i, 'dobj').map((d) => d.i)];
      for (const p of hosts.flatMap((h) => tree.children(h, 'prep', 'dative'))) {
        // "gave aid to X": a dative "to" carries its object; a bare dative ("gave X aid") is the object.
        if (p.dep === 'dative' && trigger.preps.includes('to')) objects.push(...argMentions(tree, tree.children(p.i, 'pobj').length ? tree.children(p.i, 'pobj') : [p], mentionAt));
        if (p.dep === 'prep' && trigger.preps.includes(p.lemma)) objects.push(...argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
      }
      // "sent a message to X" is not aid; "speaking to the news site X" is not a consultation.
      if (trigger.relation === 'AIDED' && tree.children(t.i, 'dobj').some((d) => MESSAGES.has(d.lemma))) continue;
      if (trigger.relation === 'CONSULTED') {
        const isMedia = (k: number) => MEDIA.has(tree.tokens[k]!.lemma.toLowerCase());
        const span = (m: ArticleMention) => Array.from({ length: m.last - m.first + 1 }, (_, j) => m.first + j);
        const media = (m: ArticleMention) => [...span(m), tree.tokens[m.head]!.head].some((k) => isMedia(k) || tree.children(k, 'compound', 'appos').some((c) => isMedia(c.i)));
        for (let k = objects.length - 1; k >= 0; k--) if (media(objects[k]!)) objects.splice(k, 1);
      }
      // "Kenya and Uganda signed a deal", "X and Y met": a mutual relation with no object holds
      // between the conjoined subjects.
      // (Stated once, in text order: the relation is mutual.)
      const mutual = !objects.length && MUTUAL.has(trigger.relation) && new Set(subjects.map((m) => m.id)).size > 1;
      if (mutual) objects.push(...subjects);
      for (const s of subjects)
        for (const o of objects) {
          if (s.id === o.id || (mutual && o.first < s.first)) continue;
          const conf = trigger.confidence * weight(s) * weight(o) * (status === 'asserted' ? 1 : 0.9);
          out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[t.i]!, confidence: conf, status, rule: `trigger:${t.lemma}` });
        }
    }
  }
  // "the UN refugee agency": a body described as an agency of another is PART_OF it.
  for (const m of mentions) if (m.partOf && m.via === 'name') out.push({ relation: 'PART_OF', subject: m, object: m.partOf, sentence: tree.sentenceOf[m.head]!, confidence: 0.8, status: 'asserted', rule: 'part:description' });
  out.push(...endings(tree, mentionAt), ...partsOf(tree, mentionAt), ...alliesOf(tree, mentionAt), ...evaluations(tree, mentionAt), ...custody(tree, mentionAt), ...claims(tree, mentionAt));
  for (const t of tree.tokens) {
    if (t.pos === 'ADJ' && t.dep === 'acomp') out.push(...adjectiveRelations(tree, t.i, mentionAt));
    if (t.pos === 'NOUN' || t.pos === 'PROPN') out.push(...nominalRelations(tree, t.i, mentionAt));
  }
  return out;
}

/**
 * PART_OF from structure: "the armed wing of X" (an unnamed part, its own mention), "Y, an
 * affiliate of X" / "Y, the X's youth wing" (apposition), "Y is a faction of X" (copula).
 */
function partsOf(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const t of tree.tokens) {
    if (t.pos !== 'NOUN' || !PART_NOUNS.has(t.lemma)) continue;
    const whole = [...tree.children(t.i, 'poss'), ...tree.children(t.i, 'prep').filter((p) => p.lemma === 'of').flatMap((p) => tree.children(p.i, 'pobj'))]
      .map((c) => mentionAt[c.i])
      .find((m) => m && m.via !== 'pronoun' && (m.type === 'Organization' || m.type === 'Country'));
    if (!whole) continue;
    const parts: ArticleMention[] = [];
    const self = mentionAt[t.i];
    if (self && self.id !== whole.id) parts.push(self);
    // Apposition either way round, and the copula.
    for (const a of tree.children(t.i, 'appos')) if (mentionAt[a.i]) parts.push(mentionAt[a.i]!);
    if (t.dep === 'appos' && mentionAt[t.head]) parts.push(mentionAt[t.head]!);
    if (t.dep === 'attr' && tree.head(t.i).lemma === 'be') parts.push(...subjectsOf(tree, t.head, mentionAt));
    for (const p of parts) {
      if (p.type !== 'Organization' || p.id === whole.id || tree.children(t.i, 'neg').length || isNegated(tree, t.head)) continue;
      out.push({ relation: 'PART_OF', subject: p, object: whole, sentence: tree.sentenceOf[t.i]!, confidence: 0.75 * weight(p), status: 'asserted', properties: { role: t.lemma }, rule: `part:${t.lemma}` });
    }
  }
  return out;
}

const LIFT_VERBS = new Set('lift ease remove relax scrap drop waive rescind revoke end'.split(' '));
const RESUME_VERBS = new Set('resume restore restart reinstate renew'.split(' '));
const HALT_VERBS = new Set('suspend halt stop freeze cut end pause'.split(' '));
const ORDER_VERBS = new Set('order instruct direct command tell authorize authorise'.split(' '));
const BREAK_VERBS = new Set('end terminate break dissolve quit scrap abandon sever'.split(' '));

/**
 * Ending and resuming: "X lifted (the) sanctions on Y" (LIFTED_SANCTIONS_ON), "X resumed /
 * suspended intelligence sharing with Y", "X ended its alliance with Y" (ENDED_ALLIANCE_WITH).
 * The measure is the verb's object (or its passive subject); the other party is the object of
 * "on"/"against"/"with" on the verb or on the measure noun.
 */
function endings(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB') continue;
    const passive = tree.children(v.i, 'nsubjpass').length > 0;
    for (const n of tree.children(v.i, passive ? 'nsubjpass' : 'dobj')) {
      const noun = n.lemma.toLowerCase();
      const compounds = tree.subtree(n.i).map((k) => tree.tokens[k]!.lemma.toLowerCase());
      let relation: RelationType | undefined;
      let preps: string[] = [];
      if ((noun === 'sanction' || noun === 'sanctions' || noun === 'embargo') && LIFT_VERBS.has(v.lemma)) [relation, preps] = ['LIFTED_SANCTIONS_ON', ['on', 'against']];
      else if (['sharing', 'cooperation', 'exchange'].includes(noun) && compounds.includes('intelligence') && RESUME_VERBS.has(v.lemma)) [relation, preps] = ['RESUMED_INTELLIGENCE_SHARING_WITH', ['with']];
      else if (['sharing', 'cooperation', 'exchange'].includes(noun) && compounds.includes('intelligence') && HALT_VERBS.has(v.lemma)) [relation, preps] = ['SUSPENDED_INTELLIGENCE_SHARING_WITH', ['with']];
      else if (['alliance', 'partnership', 'pact'].includes(noun) && BREAK_VERBS.has(v.lemma)) [relation, preps] = ['ENDED_ALLIANCE_WITH', ['with']];
      if (!relation) continue;
      const denied = isDenied(tree, v.i);
      if ((!denied && isNegated(tree, v.i)) || isUnrealised(tree, v.i)) continue;
      // A policy ordered ("Petro ordered his military to suspend ...") is the decision of the one who orders it.
      const orderedBy = v.dep === 'xcomp' && ORDER_VERBS.has(tree.head(v.i).lemma) ? tree.head(v.i).i : undefined;
      const subjects = passive ? agentsOf(tree, v.i, mentionAt) : orderedBy !== undefined ? subjectsOf(tree, orderedBy, mentionAt) : subjectsOf(tree, v.i, mentionAt);
      const objects = [v.i, n.i].flatMap((h) => tree.children(h, 'prep').filter((p) => preps.includes(p.lemma)).flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt)));
      const status = denied ? 'denied' : statusOf(tree, v.i);
      for (const [s, o] of pairs(subjects, objects)) out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.75 * weight(s) * weight(o), status, rule: `ending:${v.lemma}` });
    }
  }
  return out;
}

/** ALLY_OF from "X's ally Y", "Y, an ally of X", "Y is a close ally of X". */
function alliesOf(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const party = (m: ArticleMention | undefined) => (m && (m.type === 'Country' || m.type === 'Organization') ? m : undefined);
  for (const t of tree.tokens) {
    if (t.lemma !== 'ally' || t.pos !== 'NOUN' || tree.children(t.i, 'neg').length) continue;
    const of = [...tree.children(t.i, 'poss'), ...tree.children(t.i, 'prep').filter((p) => p.lemma === 'of').flatMap((p) => tree.children(p.i, 'pobj'))].map((c) => party(mentionAt[c.i])).filter((m): m is ArticleMention => !!m);
    const ally: ArticleMention[] = tree.children(t.i, 'appos').map((a) => party(mentionAt[a.i])).filter((m): m is ArticleMention => !!m);
    if (t.dep === 'appos' && party(mentionAt[t.head])) ally.push(mentionAt[t.head]!);
    if (t.dep === 'attr' && tree.head(t.i).lemma === 'be' && !isNegated(tree, t.head)) ally.push(...subjectsOf(tree, t.head, mentionAt).filter((m) => party(m)));
    for (const [s, o] of pairs(ally, of)) out.push({ relation: 'ALLY_OF', subject: s, object: o, sentence: tree.sentenceOf[t.i]!, confidence: 0.75 * weight(s) * weight(o), status: statusOf(tree, t.i), rule: 'ally:noun' });
  }
  return out;
}

/** Adjectives that, said of an actor's statement, act or document, criticise it. */
const NEGATIVE_EVALUATION = new Set('dishonest unacceptable irresponsible illegal illegitimate absurd biased baseless outrageous shameful disgraceful ridiculous unjust misleading provocative counterproductive deplorable hypocritical reckless dangerous unfounded one-sided'.split(' '));

/**
 * "X said Y's plan was irresponsible", "X called the report biased": a speaker judging an
 * actor (or the actor's document, which speaks for it) negatively criticises it.
 */
function evaluations(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
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
function claims(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
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

/** Who a judgement falls on: the actor named, or the owner of the thing named ("Chile's plan", "the plan of X"). */
function judgedBy(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const direct = argMentions(tree, [{ i: k }], mentionAt);
  if (direct.length) return direct;
  const owners = [...tree.children(k, 'poss', 'compound', 'amod').filter((c) => c.i < k), ...tree.children(k, 'prep').filter((p) => p.lemma === 'of' || p.lemma === 'by').flatMap((p) => tree.children(p.i, 'pobj'))];
  return owners.map((c) => mentionAt[c.i]).filter((m): m is ArticleMention => !!m && ACTOR.has(m.type));
}

/** "taken into custody", "placed under arrest", "put under house arrest": COERCED. */
function custody(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.tokens) {
    if (v.pos !== 'VERB' || !['take', 'place', 'put', 'hold', 'keep'].includes(v.lemma)) continue;
    const held = tree.children(v.i, 'prep').some((p) => ['into', 'under', 'in'].includes(p.lemma) && tree.children(p.i, 'pobj').some((o) => ['custody', 'arrest', 'detention'].includes(o.lemma)));
    if (!held || isNegated(tree, v.i) || isUnrealised(tree, v.i)) continue;
    const passive = tree.children(v.i, 'nsubjpass', 'auxpass').length > 0;
    const subjects = passive ? agentsOf(tree, v.i, mentionAt) : subjectsOf(tree, v.i, mentionAt);
    const objects = argMentions(tree, tree.children(v.i, passive ? 'nsubjpass' : 'dobj'), mentionAt);
    const status = statusOf(tree, v.i);
    for (const [s, o] of pairs(subjects, objects)) out.push({ relation: 'COERCED', subject: s, object: o, sentence: tree.sentenceOf[v.i]!, confidence: 0.7 * weight(s) * weight(o), status, rule: 'custody' });
  }
  return out;
}

/** "X is critical of Y", "X are supportive of Y": a predicative adjective with its "of" object. */
function adjectiveRelations(tree: ParseTree, a: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const trigger = adjectiveTrigger(tree.tokens[a]!.lemma);
  const verb = tree.tokens[a]!.head;
  if (!trigger || isNegated(tree, verb) || tree.children(a, 'neg').length || isUnrealised(tree, verb)) return [];
  const subjects = subjectsOf(tree, verb, mentionAt);
  const objects = tree.children(a, 'prep').filter((p) => trigger.preps.includes(p.lemma)).flatMap((p) => argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
  const status = statusOf(tree, verb);
  return pairs(subjects, objects).map(([s, o]) => ({ relation: trigger.relation, subject: s, object: o, sentence: tree.sentenceOf[a]!, confidence: trigger.confidence * weight(s) * weight(o), status, rule: `adjective:${tree.tokens[a]!.lemma}` }));
}

/**
 * Nominalisations: "NATO's airstrikes on X", "threats by X against Y", "X launched an attack
 * on Y" (a support verb lends its subject), "Y faced attacks from X" (a suffering verb's
 * subject is the target).
 */
function nominalRelations(tree: ParseTree, n: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const tok = tree.tokens[n]!;
  const trigger = nominalTrigger(tok.lemma.toLowerCase());
  if (!trigger || mentionAt[n]) return [];
  const verb = tok.dep === 'dobj' || tok.dep === 'nsubjpass' || (tok.dep === 'pobj' && tree.head(n).dep === 'prep') ? (tok.dep === 'pobj' ? tree.head(tree.head(n).i) : tree.head(n)) : undefined;
  const clause = verb?.pos === 'VERB' ? verb.i : undefined;
  // "pledged to boost support to X": a promise of help is an agreement (as for verbs, see promiseOf).
  const promise = clause !== undefined && SUPPORT_VERBS.has(tree.tokens[clause]!.lemma) ? promiseOf(tree, clause, trigger.relation) : undefined;
  if (clause !== undefined && (isNegated(tree, clause) || (isUnrealised(tree, clause) && promise === undefined))) return [];
  // "lifted the sanctions on X" ends a sanction (see endings), it does not impose one.
  if (clause !== undefined && trigger.relation === 'SANCTIONED' && LIFT_VERBS.has(tree.tokens[clause]!.lemma)) return [];
  if (tree.children(n, 'neg').length || tree.children(n, 'det').some((d) => d.lemma === 'no')) return [];
  const subjects: ArticleMention[] = [];
  const objects: ArticleMention[] = [];
  // "X's attack", "NATO airstrikes", "US aid": the owner is the agent (not for "a Qatar meeting").
  const owners = trigger.relation === 'CONSULTED' || trigger.relation === 'COOPERATED' ? ['poss'] : ['poss', 'compound', 'amod', 'nmod'];
  for (const c of tree.children(n, ...owners)) if (c.i < n && mentionAt[c.i] && ACTOR.has(mentionAt[c.i]!.type)) subjects.push(mentionAt[c.i]!);
  for (const p of tree.children(n, 'prep')) {
    const args = argMentions(tree, tree.children(p.i, 'pobj'), mentionAt);
    // "talks between X and Y": a mutual relation between the two.
    if (p.lemma === 'between' && MUTUAL.has(trigger.relation)) {
      subjects.push(...args);
      objects.push(...args);
    }
    if (p.lemma === 'by' || p.lemma === 'from') subjects.push(...args);
    else if (trigger.preps.includes(p.lemma)) objects.push(...args);
  }
  if (clause !== undefined && tok.dep !== 'pobj') {
    const lemma = tree.tokens[clause]!.lemma;
    if (SUFFER_VERBS.has(lemma)) objects.push(...subjectsOf(tree, clause, mentionAt));
    else if (SUPPORT_VERBS.has(lemma) && !subjects.length) {
      subjects.push(...subjectsOf(tree, clause, mentionAt));
      for (const p of tree.children(clause, 'prep')) if (trigger.preps.includes(p.lemma)) objects.push(...argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    }
  }
  const status = statusOf(tree, n);
  // A place as the target of a noun ("strikes on the port") is where, not whom; a mutual
  // relation between two parties is stated once, in text order.
  return pairs(subjects, objects.filter((o) => ACTOR.has(o.type)))
    .filter(([s, o]) => !MUTUAL.has(trigger.relation) || !subjects.includes(o) || s.first < o.first).map(([s, o]) => ({ relation: promise !== undefined ? ('AGREED' as const) : trigger.relation, subject: s, object: o, sentence: tree.sentenceOf[n]!, confidence: trigger.confidence * weight(s) * weight(o) * (status === 'reported' ? 0.9 : 1), status, rule: `nominal:${tok.lemma}` }));
}

const ACTOR = new Set(['Person', 'Country', 'Organization']);
/** Relations whose object may be an actor's act or words, standing for the actor. */
const JUDGING = new Set<RelationType>(['CRITICIZED', 'SUPPORTED', 'REJECTED', 'DENIED']);
/** Nouns for what one actor alleges against another. */
const ALLEGATIONS = new Set('allegation accusation claim charge'.split(' '));
/** Things sent that are words, not aid. */
const MESSAGES = new Set('message letter note warning signal invitation email statement request condolence greeting reminder'.split(' '));
/** Nouns naming news media: talking to them is not consulting. */
const MEDIA = new Set('site website newspaper paper broadcaster radio television tv channel magazine outlet station network reporter journalist'.split(' '));
const PROMISE_VERBS = new Set('pledge promise vow commit agree offer'.split(' '));
/** The promise verb a help clause is the infinitive of ("pledged to help Y"), when nothing else makes it unreal. */
function promiseOf(tree: ParseTree, v: number, relation: RelationType): number | undefined {
  const tok = tree.tokens[v]!;
  if (!['AIDED', 'SUPPORTED', 'COOPERATED'].includes(relation) || tok.dep !== 'xcomp') return undefined;
  const head = tree.head(v);
  if (!PROMISE_VERBS.has(head.lemma) || isNegated(tree, head.i) || isUnrealised(tree, head.i)) return undefined;
  return head.i;
}

/** Relations that hold both ways, so conjoined subjects hold them with each other. */
const MUTUAL = new Set<RelationType>(['AGREED', 'CONSULTED', 'COOPERATED']);
/** Verbs that lend their subject to the event noun they take: "launched an attack", "imposed sanctions", "held talks". */
const SUPPORT_VERBS = new Set('boost increase strengthen expand launch carry conduct stage mount impose slap levy hold have make issue level lodge express voice offer give provide extend announce begin start continue step intensify renew show display declare pledge'.split(' '));
/** Verbs whose subject undergoes the event noun they take: "faced attacks from X". */
const SUFFER_VERBS = new Set('face suffer endure repel survive withstand receive'.split(' '));

function pairs(subjects: readonly ArticleMention[], objects: readonly ArticleMention[]): Array<[ArticleMention, ArticleMention]> {
  return subjects.flatMap((s) => objects.filter((o) => o.id !== s.id).map((o): [ArticleMention, ArticleMention] => [s, o]));
}

function weight(m: ArticleMention): number {
  return m.via === 'pronoun' || m.via === 'nominal' ? 0.9 : 1;
}

/** The mentions a list of argument tokens names, with their conjuncts and appositions. */
function argMentions(tree: ParseTree, args: readonly { i: number }[], mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const a of args) {
    for (const k of tree.conjuncts(a.i)) {
      const m = mentionAt[k] ?? standInFor(tree, k, mentionAt);
      const group = m ? [] : pluralDescription(tree, k, mentionAt);
      // "the spokesperson, X, told ...": a title noun stands for the person named in apposition.
      const apposed = m || group.length ? undefined : tree.children(k, 'appos').map((c) => mentionAt[c.i]).find((a) => a?.type === 'Person');
      if (m) out.push(m);
      else if (group.length) out.push(...group);
      else if (apposed) out.push(apposed);
      // "other countries, including Ethiopia and Kenya": the named members.
      else for (const p of tree.children(k, 'prep').filter((p) => /^(including|like)$/i.test(p.text))) out.push(...argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    }
  }
  return out;
}

/** Plural nouns that describe countries: "the two nations", "both countries", "the two governments". */
const COUNTRY_PLURALS = new Set('nation country state government side'.split(' '));
const NUMBERS: Record<string, number> = { two: 2, three: 3, both: 2 };

/**
 * "the two nations", "both countries", "the three governments": the last N distinct countries
 * mentioned before, in this or the two previous sentences (none when fewer were named).
 */
function pluralDescription(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const tok = tree.tokens[k]!;
  if (!COUNTRY_PLURALS.has(tok.lemma.toLowerCase()) || tok.tag !== 'NNS') return [];
  const count = tree.children(k, 'nummod', 'det', 'predet', 'amod').map((c) => NUMBERS[c.text.toLowerCase()]).find((n) => n !== undefined);
  if (!count) return [];
  const as = (ms: ArticleMention[]) => ms.map((m) => ({ ...m, first: k, last: k, head: k, surface: tok.text, via: 'nominal' as const }));
  const found: ArticleMention[] = [];
  for (let j = k - 1; j >= 0; j--) {
    if (tree.sentenceOf[j]! < tree.sentenceOf[k]! - 2) break;
    const m = mentionAt[j];
    if (m?.type !== 'Country') continue;
    // A coordination of exactly that many countries is the likeliest referent ("X and Y ... the two nations").
    let top = j;
    while (tree.tokens[top]!.dep === 'conj') top = tree.tokens[top]!.head;
    const group = distinct(tree.conjuncts(top).map((c) => mentionAt[c]).filter((c): c is ArticleMention => c?.type === 'Country'));
    if (group.length === count) return as(group);
    if (found.length < count && !found.some((f) => f.id === m.id)) found.push(m);
  }
  return found.length === count ? as(found.reverse()) : [];
}

function distinct(ms: readonly ArticleMention[]): ArticleMention[] {
  return ms.filter((m, i) => ms.findIndex((x) => x.id === m.id) === i);
}

/**
 * Nouns that stand for the actor who owns them: "the rule of X", "X's government", "NATO
 * forces", "Israeli airstrikes" -> X.
 */
const STAND_IN = new Set('rule government regime leadership presence force troop soldier policy airstrike strike raid offensive delegation leader member supporter activist fighter gunman'.split(' '));

function standInFor(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention | undefined {
  if (!STAND_IN.has(tree.tokens[k]!.lemma.toLowerCase())) return undefined;
  const actor = (i: number) => (mentionAt[i] && ACTOR.has(mentionAt[i]!.type) ? mentionAt[i] : undefined);
  for (const c of tree.children(k, 'poss', 'compound', 'amod', 'nmod')) if (c.i < k && actor(c.i)) return actor(c.i);
  for (const p of tree.children(k, 'prep').filter((p) => p.lemma === 'of')) for (const o of tree.children(p.i, 'pobj')) if (actor(o.i)) return actor(o.i);
  return undefined;
}

/** Grammatical subjects of a verb: its own, or inherited (conjoined verbs, relative clauses, control). */
function subjectsOf(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>, depth = 0): ArticleMention[] {
  if (depth > 4) return [];
  const own = tree.children(v, 'nsubj');
  const tok = tree.tokens[v]!;
  if (own.length) {
    // "the group, which attacked ...": the relative pronoun stands for the noun the clause modifies.
    if (tok.dep === 'relcl' && /^(who|which|that)$/i.test(own[0]!.text)) return argMentions(tree, [tree.head(v)], mentionAt);
    return argMentions(tree, own, mentionAt);
  }
  if (tok.dep === 'relcl' || tok.dep === 'acl') return argMentions(tree, [tree.head(v)], mentionAt);
  if (tok.dep === 'conj') return subjectsOf(tree, tok.head, mentionAt, depth + 1);
  // "X visited Y to discuss ...", "..., killing Z": an adverbial clause without a subject is its main clause's.
  if (tok.dep === 'advcl') return subjectsOf(tree, tok.head, mentionAt, depth + 1);
  if (tok.dep === 'xcomp') {
    // "X urged Y to attack": Y; "X vowed to attack": X.
    const dobj = tree.children(tok.head, 'dobj');
    return dobj.length ? argMentions(tree, dobj, mentionAt) : subjectsOf(tree, tok.head, mentionAt, depth + 1);
  }
  return [];
}

/** Passive agents: "Y was attacked by X". */
function agentsOf(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  return tree.children(v, 'agent').flatMap((a) => argMentions(tree, tree.children(a.i, 'pobj'), mentionAt));
}

/** A verb under "not", "never", "no longer" (here or on the verb it is an infinitive of) states nothing. */
export function isNegated(tree: ParseTree, v: number): boolean {
  const neg = (k: number) => tree.children(k, 'neg').length > 0 || tree.children(k, 'advmod').some((a) => a.lemma === 'never');
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
const IRREALIS = new Set('urge ask call demand want plan hope threaten vow pledge promise seek try intend expect propose request need wish aim prepare refuse consider'.split(' '));
/** Modals of possibility: "could attack", "might send" state no event. */
const POSSIBLE = new Set('could might may would should'.split(' '));

/**
 * A clause that states no event: an infinitive under a wish, call or plan ("urged the
 * contest to boycott X"), a conditional ("if the U.S. does attack Yemen"), or a modal of
 * possibility ("could strike").
 */
export function isUnrealised(tree: ParseTree, v: number): boolean {
  // The clause and the verbs it is an infinitive or purpose clause of ("would send fighters to help").
  for (let k = v, n = 0; n < 6; n++) {
    const tok = tree.tokens[k]!;
    if (tok.dep === 'xcomp' && IRREALIS.has(tree.head(k).lemma)) return true;
    if (tree.children(k, 'mark').some((m) => /^(if|unless|whether)$/i.test(m.text))) return true;
    if (tree.children(k, 'aux').some((a) => POSSIBLE.has(a.text.toLowerCase()))) return true;
    const infinitive = tree.children(k, 'aux').some((a) => a.text.toLowerCase() === 'to');
    if (!(tok.dep === 'xcomp' || (tok.dep === 'advcl' && infinitive)) || tok.head === k) return false;
    k = tok.head;
  }
  return false;
}

/** `reported` when the clause is relayed: under a reporting verb, "according to", or a hedge. */
export function statusOf(tree: ParseTree, v: number): FactStatus {
  for (let k = v, n = 0; n < 20; n++) {
    const t = tree.tokens[k]!;
    if (tree.children(k, 'advmod').some((a) => HEDGES.has(a.lemma.toLowerCase()))) return 'reported';
    if (tree.children(k, 'prep').some((p) => p.lemma === 'accord' || (p.text.toLowerCase() === 'according'))) return 'reported';
    if (k !== v && REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB') return 'reported';
    if (t.head === k) break;
    k = t.head;
  }
  return 'asserted';
}

/**
 * The office a person holds, from the words around the name: premodifiers ("Norwegian Foreign
 * Minister X"), appositions ("X, the country's defence minister", "a spokesman for Y, X") and
 * the copula ("X is the president of Y"). The office is in the named organisation or the
 * country the title phrase mentions; a bare national title ("President X") is taken to be in
 * the country the article has named most so far.
 */
function officeOf(tree: ParseTree, person: ArticleMention, mentionAt: ReadonlyArray<ArticleMention | undefined>, countrySeen: ReadonlyMap<string, number>): RelationCandidate[] {
  const h = person.head;
  const inPerson = (k: number) => k >= person.first && k <= person.last;
  const phrases: Array<{ tokens: number[]; rule: string }> = [];
  // Premodifiers of the name: compounds, adjectives, possessives before it, with their own modifiers.
  const pre: number[] = [];
  for (let k = person.first; k <= person.last; k++) pre.push(...tree.children(k, 'compound', 'amod', 'poss', 'nmod').filter((c) => c.i < person.first).flatMap((c) => nounPhrase(tree, c.i)));
  if (pre.length) phrases.push({ tokens: pre, rule: 'office:premodifier' });
  for (const a of tree.children(h, 'appos')) if (!mentionAt[a.i] || mentionAt[a.i]!.type !== 'Person') phrases.push({ tokens: nounPhrase(tree, a.i), rule: 'office:apposition' });
  // "lawmakers from Ireland, Lynn Boylan and Nessa Childers": every conjunct of the apposition.
  let top = h;
  while (tree.tokens[top]!.dep === 'conj' && mentionAt[tree.tokens[top]!.head]?.type === 'Person') top = tree.tokens[top]!.head;
  const tok = tree.tokens[top]!;
  if (tok.dep === 'appos' && !mentionAt[tok.head]) {
    const headTree = nounPhrase(tree, tok.head).filter((k) => !tree.dominates(top, k));
    phrases.push({ tokens: headTree, rule: 'office:apposition' });
  } else if (tok.dep === 'appos' && tree.head(tok.head).dep === 'prep' && OFFICE_WORDS.has(tree.head(tree.head(tok.head).i).lemma.toLowerCase())) {
    // "the UN envoy for Libya, X": the parser hangs the name on the title's object; it renames the title.
    const title = tree.head(tree.head(tok.head).i).i;
    phrases.push({ tokens: nounPhrase(tree, title).filter((k) => !tree.dominates(top, k)), rule: 'office:apposition' });
  }
  if (tok.dep === 'nsubj' && tree.head(h).lemma === 'be') {
    for (const attr of tree.children(tok.head, 'attr')) phrases.push({ tokens: nounPhrase(tree, attr.i), rule: 'office:copula' });
  }
  const out: RelationCandidate[] = [];
  for (const phrase of phrases) {
    // Words that modify another person's name are that person's title ("met Qatar's Emir X").
    const others = (k: number) => { const m = mentionAt[tree.tokens[k]!.head]; return !!m && m !== person && m.type === 'Person' && m.id !== person.id; };
    const words = phrase.tokens.filter((k) => !inPerson(k) && !others(k));
    // Plural titles count too ("two lawmakers, X and Y").
    const titleTokens = words.filter((k) => (OFFICE_WORDS.has(tree.tokens[k]!.text.toLowerCase()) || OFFICE_WORDS.has(tree.tokens[k]!.lemma.toLowerCase())) && !mentionAt[k]);
    if (!titleTokens.length) continue;
    const titleHead = titleTokens[titleTokens.length - 1]!;
    const title = titleOf(tree, words, titleHead, mentionAt);
    const holders = words
      .map((k) => mentionAt[k])
      .filter((m): m is ArticleMention => !!m && m !== person && (m.type === 'Organization' || m.type === 'Country') && m.via !== 'pronoun' && !PORTFOLIO.test(m.surface))
      // "officials of a service in Mogadishu": a place where is not the employer.
      .filter((m) => !(tree.tokens[m.head]!.dep === 'pobj' && ['in', 'at', 'near', 'inside', 'outside'].includes(tree.head(m.head).lemma)));
    const distance = (m: ArticleMention) => Math.abs(m.head - titleHead);
    const named = holders.filter((m) => m.type === 'Organization' && m.via === 'name').sort((a, b) => distance(a) - distance(b));
    const countries = holders.filter((m) => m.type === 'Country').sort((a, b) => distance(a) - distance(b));
    const nominal = holders.filter((m) => m.type === 'Organization' && m.via !== 'name').sort((a, b) => distance(a) - distance(b));
    // An ambassador or envoy serves the country that sends them, not the body they sit in ("Rwanda's UN ambassador").
    const envoy = /^(?:ambassador|envoy|representative|delegate)$/i.test(tree.tokens[titleHead]!.text);
    const sender = envoy ? countries.find((m) => m.head < titleHead) : undefined;
    const holder = sender ?? named[0] ?? countries[0] ?? nominal[0];
    const sentence = tree.sentenceOf[h]!;
    if (holder) {
      out.push({ relation: 'HOLDS_OFFICE', subject: person, object: holder, sentence, confidence: 0.85 * weight(holder), status: 'asserted', properties: { title }, rule: phrase.rule });
    } else if (NATIONAL_TITLES.test(title.replace(/^(?:the|a|former|new|current|interim|acting)\s+/i, ''))) {
      const id = impliedCountry(tree, sentence, mentionAt, countrySeen);
      if (!id) continue;
      const main: ArticleMention = { ...person, id, type: 'Country', via: 'nominal' };
      out.push({ relation: 'HOLDS_OFFICE', subject: person, object: main, sentence, confidence: 0.55, status: 'asserted', properties: { title }, rule: 'office:national-title' });
    }
  }
  return out;
}

/** The title words: the office word with its compound / adjective modifiers that are not names. */
function titleOf(tree: ParseTree, words: readonly number[], head: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): string {
  const keep = words.filter((k) => k <= head && (k === head || tree.dominates(head, k) || tree.head(k).i === head || OFFICE_WORDS.has(tree.tokens[k]!.text.toLowerCase())) && !mentionAt[k] && /^[\p{L}-]+$/u.test(tree.tokens[k]!.text) && !['DET', 'ADP', 'PRON'].includes(tree.tokens[k]!.pos));
  const from = keep.length ? keep[0]! : head;
  const text = tree.text.slice(tree.tokens[from]!.start, tree.tokens[head]!.end);
  return text.replace(/\s+/g, ' ').trim();
}

/** The tokens of a noun phrase: the subtree without clauses, coordination and punctuation. */
function nounPhrase(tree: ParseTree, i: number): number[] {
  const out: number[] = [];
  const walk = (k: number) => {
    out.push(k);
    for (const c of tree.children(k)) if (!['relcl', 'acl', 'advcl', 'ccomp', 'punct', 'cc', 'conj', 'appos', 'npadvmod'].includes(c.dep)) walk(c.i);
  };
  walk(i);
  return out.sort((a, b) => a - b);
}

/**
 * The country a bare national title ("President X") belongs to: the country the article has
 * named most so far, unless the sentence names another country that no other title in it
 * claims ("U.S. General X met President Y" does not stop Y being the article's country's).
 */
function impliedCountry(tree: ParseTree, sentence: number, mentionAt: ReadonlyArray<ArticleMention | undefined>, countrySeen: ReadonlyMap<string, number>): string | undefined {
  const inSentence = new Set<string>();
  const claimed = new Set<string>();
  tree.tokens.forEach((t, k) => {
    const m = mentionAt[k];
    if (tree.sentenceOf[k] !== sentence || m?.type !== 'Country') return;
    inSentence.add(m.id);
    const head = tree.head(k);
    if (['compound', 'amod', 'poss'].includes(t.dep) && (mentionAt[head.i]?.type === 'Person' || OFFICE_WORDS.has(head.text.toLowerCase()))) claimed.add(m.id);
  });
  // Only the country the article is about, and only when the sentence names no other free one.
  const main = [...countrySeen].sort((a, b) => b[1] - a[1])[0]?.[0];
  const free = [...inSentence].filter((id) => !claimed.has(id));
  return main && free.every((id) => id === main) ? main : undefined;
}
