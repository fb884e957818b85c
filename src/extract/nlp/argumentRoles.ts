/**
 * Who a clause is about: subjects (own or inherited through conjunction, relative clauses,
 * adverbial clauses and control), passive agents, and the mentions an argument token names
 * (conjuncts, appositions, stand-in nouns such as "NATO forces", plural descriptions such as
 * "the two nations").
 */
import type { ArticleMention } from './findArticleMentions.ts';
import { REPORTING_VERBS } from './triggerLexicon.ts';
import type { ParseTree } from './parseTree.ts';
import { officialOf } from './mentionOwners.ts';
import { ACTOR } from './relationCandidate.ts';
import { titleHeaded } from './titlePhrases.ts';

/** The mentions a list of argument tokens names, with their conjuncts and appositions. */
export function argMentions(tree: ParseTree, args: readonly { i: number }[], mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const a of args) {
    for (const k of tree.conjuncts(a.i)) {
      // "Kenya and Uganda signed a deal. They also criticized Sudan.": both.
      // ("Their troops attacked Sudan": the owners of a stand-in noun, likewise.)
      const their = STAND_IN.has(tree.tokens[k]!.lemma.toLowerCase()) ? tree.children(k, 'poss').find((c) => /^their$/i.test(c.text)) : undefined;
      const coordinated = pluralPronounGroup(tree, their ? their.i : k, mentionAt);
      if (coordinated.length) {
        out.push(...coordinated);
        continue;
      }
      // "China, which Taiwan accuses of X", "Peru, whom Chile criticized": the antecedent.
      const antecedent = mentionAt[k] ? undefined : relativeAntecedent(tree, k);
      if (antecedent !== undefined) {
        out.push(...argMentions(tree, [{ i: antecedent }], mentionAt));
        continue;
      }
      const m = mentionAt[k] ?? standInFor(tree, k, mentionAt);
      const group = m ? [] : pluralDescription(tree, k, mentionAt);
      // "the spokesperson, X, told ...": a title noun stands for the person named in apposition.
      const apposed = m || group.length ? undefined : tree.children(k, 'appos').map((c) => mentionAt[c.i]).find((a) => a?.type === 'Person');
      if (m) out.push(m);
      else if (group.length) out.push(...group);
      else if (apposed) out.push(apposed);
      // "the executive director of X said", "a spokesman for X": an unnamed official speaks and acts for X.
      else if (officialOf(tree, k, mentionAt)) out.push(officialOf(tree, k, mentionAt)!);
      // "other countries, including Ethiopia and Kenya": the named members.
      else for (const p of tree.children(k, 'prep').filter((p) => /^(including|like)$/i.test(p.text))) out.push(...argMentions(tree, tree.children(p.i, 'pobj'), mentionAt));
    }
  }
  return out;
}

/**
 * The noun an object relative pronoun stands for: "China, which Taiwan accuses of X", "Peru,
 * whom Chile criticized", "a group with which X cooperates" (the clause hangs on the noun as
 * relcl). Subject relatives ("X, which attacked Y") are read by subjectsOf.
 */
function relativeAntecedent(tree: ParseTree, k: number): number | undefined {
  const tok = tree.tokens[k]!;
  if (!/^(?:which|who|whom|that)$/i.test(tok.text)) return undefined;
  let verb: number;
  if (tok.dep === 'pobj') verb = tree.head(tok.head).i;
  else if (['dobj', 'nsubjpass', 'dative'].includes(tok.dep)) verb = tok.head;
  else return undefined;
  const v = tree.tokens[verb]!;
  return v.dep === 'relcl' && v.head !== v.i ? v.head : undefined;
}

/**
 * "they" / "them" after a coordination of actors ("Kenya and Uganda", "Hamas and Fatah") in this
 * or the previous sentence: every member (a pronoun's single antecedent otherwise). Not when the
 * pronoun's own clause subject is one of them ("X and Y said Z attacked them" is still both).
 */
function pluralPronounGroup(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const tok = tree.tokens[k]!;
  if (!/^(?:they|them|their)$/i.test(tok.text) || mentionAt[k]?.via !== 'pronoun') return [];
  const sentence = tree.sentenceOf[k]!;
  for (let j = k - 1; j >= 0 && tree.sentenceOf[j]! >= sentence - 1; j--) {
    const m = mentionAt[j];
    if (!m || m.via === 'pronoun' || !ACTOR.has(m.type) || tree.tokens[j]!.dep === 'conj') continue;
    const members = distinct(tree.conjuncts(j).map((c) => mentionAt[c]).filter((c): c is ArticleMention => !!c && c.via !== 'pronoun' && ACTOR.has(c.type)));
    if (members.length < 2) continue;
    const ownSubject = tok.dep === 'nsubj' ? undefined : tree.children(tok.head, 'nsubj').map((c) => mentionAt[c.i]?.id).find(Boolean);
    if (ownSubject && members.some((x) => x.id === ownSubject)) return [];
    return members.map((x) => ({ ...x, first: k, last: k, head: k, surface: tok.text, via: 'pronoun' as const }));
  }
  return [];
}

/** Plural nouns that describe countries: "the two nations", "both countries", "the two governments". */
const COUNTRY_PLURALS = new Set('nation country state government side'.split(' '));
/** Plural nouns that describe people named before: "the two leaders", "both ministers". */
const PERSON_PLURALS = new Set('leader president minister premier head man woman'.split(' '));
const NUMBERS: Record<string, number> = { two: 2, three: 3, both: 2 };

/**
 * "the two nations", "both countries", "the three governments": the last N distinct countries
 * mentioned before, in this or the two previous sentences (none when fewer were named).
 */
function pluralDescription(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const tok = tree.tokens[k]!;
  // "the two leaders", "both presidents": the people named just before, like countries.
  const wanted = COUNTRY_PLURALS.has(tok.lemma.toLowerCase()) ? 'Country' : PERSON_PLURALS.has(tok.lemma.toLowerCase()) ? 'Person' : undefined;
  if (!wanted || tok.tag !== 'NNS') return [];
  const count = tree.children(k, 'nummod', 'det', 'predet', 'amod').map((c) => NUMBERS[c.text.toLowerCase()]).find((n) => n !== undefined);
  if (!count) return [];
  const as = (ms: ArticleMention[]) => ms.map((m) => ({ ...m, first: k, last: k, head: k, surface: tok.text, via: 'nominal' as const }));
  const found: ArticleMention[] = [];
  for (let j = k - 1; j >= 0; j--) {
    if (tree.sentenceOf[j]! < tree.sentenceOf[k]! - 2) break;
    const m = mentionAt[j];
    if (m?.type !== wanted || m.via === 'pronoun') continue;
    // A coordination of exactly that many countries is the likeliest referent ("X and Y ... the two nations").
    let top = j;
    while (tree.tokens[top]!.dep === 'conj') top = tree.tokens[top]!.head;
    const group = distinct(tree.conjuncts(top).map((c) => mentionAt[c]).filter((c): c is ArticleMention => c?.type === wanted && c.via !== 'pronoun'));
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
const STAND_IN = new Set(
  'rule government regime leadership presence force troop soldier coalition policy decision move action step measure airstrike strike raid offensive delegation leader member supporter activist fighter gunman militant jet warplane aircraft plane drone helicopter tank artillery warship ship vessel boat submarine frigate destroyer navy position camp base stronghold hideout outpost headquarters office convoy embassy consulate interest ambassador envoy diplomat town village city region province territory border'.split(' '),
);

const LOYAL = new Set(['loyal', 'allied', 'faithful']);
/** Groups of people that act for the body they come from ("observers from the EU"). */
const SENT_PEOPLE = new Set('observer monitor delegate delegation diplomat envoy soldier troop force fighter peacekeeper representative negotiator inspector expert mission team'.split(' '));

function standInFor(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention | undefined {
  const actor = (i: number) => (mentionAt[i] && ACTOR.has(mentionAt[i]!.type) ? mentionAt[i] : undefined);
  if (STAND_IN.has(tree.tokens[k]!.lemma.toLowerCase())) {
    for (const c of tree.children(k, 'poss', 'compound', 'amod', 'nmod')) if (c.i < k && actor(c.i)) return actor(c.i);
    // "Chinese coast guard ships": the owner of the noun compounded before it.
    for (const c of tree.children(k, 'compound')) for (const d of tree.children(c.i, 'poss', 'amod', 'compound', 'nmod')) if (d.i < c.i && !mentionAt[c.i] && actor(d.i)) return actor(d.i);
    // "the Saudi-led coalition": what an actor leads stands for it.
    for (const led of tree.children(k, 'amod').filter((c) => c.lemma === 'lead' && c.tag === 'VBN')) for (const c of tree.children(led.i)) if (c.i < led.i && actor(c.i)) return actor(c.i);
    // "the rule of X"; "fighters from X" (members and forces only: "troops from Kenya").
    const from = ['fighter', 'militant', 'member', 'supporter', 'troop', 'soldier', 'force', 'gunman', 'delegation'].includes(tree.tokens[k]!.lemma.toLowerCase());
    for (const p of tree.children(k, 'prep').filter((p) => p.lemma === 'of' || (from && p.lemma === 'from'))) for (const o of tree.children(p.i, 'pobj')) if (actor(o.i)) return actor(o.i);
  }
  // "forces loyal to X", "fighters loyal to X": the one they are loyal to.
  for (const a of tree.children(k, 'amod').filter((a) => LOYAL.has(a.lemma))) for (const p of tree.children(a.i, 'prep').filter((p) => p.lemma === 'to')) for (const o of tree.children(p.i, 'pobj')) if (actor(o.i)) return actor(o.i);
  // "observers from the EU", "troops from Kenya": people sent by X.
  // ("EU observers", "Kenyan monitors": the body named before them.)
  if (SENT_PEOPLE.has(tree.tokens[k]!.lemma)) {
    for (const p of tree.children(k, 'prep').filter((p) => p.lemma === 'from')) for (const o of tree.children(p.i, 'pobj')) if (actor(o.i) && actor(o.i)!.type !== 'Person') return actor(o.i);
    for (const c of tree.children(k, 'poss', 'compound', 'amod', 'nmod')) if (c.i < k && actor(c.i) && actor(c.i)!.type !== 'Person') return actor(c.i);
  }
  return undefined;
}

/** Grammatical subjects of a verb: its own, or inherited (conjoined verbs, relative clauses, control). */
export function subjectsOf(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>, depth = 0): ArticleMention[] {
  if (depth > 4) return [];
  const own = tree.children(v, 'nsubj');
  const tok = tree.tokens[v]!;
  if (own.length) {
    // "the group, which attacked ...": the relative pronoun stands for the noun the clause modifies.
    if (tok.dep === 'relcl' && /^(who|which|that)$/i.test(own[0]!.text)) return argMentions(tree, [tree.head(v)], mentionAt);
    const named = argMentions(tree, own, mentionAt);
    // "..., X, Somali Foreign Minister, requested ...": when the parser's subject names no actor,
    // the person right before the verb with a title in apposition is the subject.
    return named.length ? named : apposedPersonBefore(tree, v, mentionAt);
  }
  // "X appeared on CNN saying ...": a speech participle hung on the object of a verb's
  // preposition speaks for that verb's subject, not for the noun.
  const head = tree.head(v);
  if (tok.dep === 'acl' && tok.tag === 'VBG' && REPORTING_VERBS.has(tok.lemma) && head.dep === 'pobj' && tree.head(head.i).dep === 'prep' && tree.head(tree.head(head.i).i).pos === 'VERB') return subjectsOf(tree, tree.head(head.i).head, mentionAt, depth + 1);
  if (tok.dep === 'relcl' || tok.dep === 'acl') return argMentions(tree, [head], mentionAt);
  if (tok.dep === 'conj') return subjectsOf(tree, tok.head, mentionAt, depth + 1);
  // "X visited Y to discuss ...", "..., killing Z": an adverbial clause without a subject is its main clause's.
  if (tok.dep === 'advcl') {
    const main = subjectsOf(tree, tok.head, mentionAt, depth + 1);
    // "came after X visited Y, to discuss Z": a purpose clause hung on a verb whose subject is no
    // actor belongs to the clause just before it (parsers differ on where it attaches): a sibling
    // clause before it, else the nearest earlier verb with an actor subject.
    const purpose = tree.children(v, 'aux').some((a) => a.text.toLowerCase() === 'to');
    const before = purpose && !main.length ? tree.children(tok.head, 'advcl', 'conj').filter((c) => c.i < v && c.pos === 'VERB').pop() : undefined;
    const fromBefore = before ? subjectsOf(tree, before.i, mentionAt, depth + 1) : [];
    return main.length ? main : fromBefore.length ? fromBefore : purposeSubject(tree, v, mentionAt);
  }
  if (tok.dep === 'xcomp') {
    // "X urged Y to attack": Y; "X vowed to attack": X.
    const dobj = tree.children(tok.head, 'dobj');
    if (dobj.length) return argMentions(tree, dobj, mentionAt);
    // "X is said / believed / reported to have attacked Y", "Y was urged to attack": the passive subject.
    const passiveSubject = tree.children(tok.head, 'nsubjpass');
    return passiveSubject.length ? argMentions(tree, passiveSubject, mentionAt) : subjectsOf(tree, tok.head, mentionAt, depth + 1);
  }
  // "X accused Y of funding Z", "X blamed Y for attacking Z": the accused is the doer (the
  // clause is reported, see statusOf: "accuse" and "blame" relay).
  if (tok.dep === 'pcomp' && ['of', 'for', 'with'].includes(tree.head(v).lemma)) {
    const verb = tree.head(tree.head(v).i);
    if (ACCUSING.has(verb.lemma)) return argMentions(tree, tree.children(verb.i, 'dobj', 'nsubjpass'), mentionAt);
  }
  return tok.dep === 'ROOT' && !tree.children(v, 'nsubjpass').length ? apposedPersonBefore(tree, v, mentionAt) : [];
}

/** Words a title in apposition is made of ("Somali Foreign Minister", "the spokesman for Y"). */
const TITLE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'PART']);

/** "X, <title>, VERB": the person X when the verb follows the closing comma of a title apposition. */
function apposedPersonBefore(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const tokens = tree.tokens;
  if (tokens[v - 1]?.text !== ',') return [];
  let j = v - 2;
  const phrase: number[] = [];
  for (let n = 0; j >= 0 && tokens[j]!.text !== ',' && n < 8; j--, n++) {
    if (!TITLE_POS.has(tokens[j]!.pos) || mentionAt[j]?.type === 'Person') return [];
    phrase.unshift(j);
  }
  const person = tokens[j]?.text === ',' ? mentionAt[j - 1] : undefined;
  return titleHeaded(tree, phrase, mentionAt) && person?.type === 'Person' && person.via !== 'pronoun' && tree.sentenceOf[person.head] === tree.sentenceOf[v] ? [person] : [];
}

/**
 * "The closures come a day after X visited the capital, Y, to discuss ...": a purpose
 * infinitive the parser hung on a clause without an actor belongs to the nearest verb before
 * it, in the same sentence, whose own subject is an actor (low attachment).
 */
function purposeSubject(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  if (!tree.children(v, 'aux').some((a) => a.text.toLowerCase() === 'to')) return [];
  const head = tree.tokens[v]!.head;
  for (let k = v - 1; k > head && tree.sentenceOf[k] === tree.sentenceOf[v]; k--) {
    if (tree.tokens[k]!.pos !== 'VERB') continue;
    const own = argMentions(tree, tree.children(k, 'nsubj'), mentionAt).filter((m) => ACTOR.has(m.type));
    if (own.length) return own;
  }
  return [];
}

/** Verbs whose object is said to have done the act in their "of / for / with" clause. */
const ACCUSING = new Set('accuse blame charge suspect condemn criticize criticise'.split(' '));

/** Passive agents: "Y was attacked by X". */
export function agentsOf(tree: ParseTree, v: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  return tree.children(v, 'agent').flatMap((a) => argMentions(tree, tree.children(a.i, 'pobj'), mentionAt));
}

/** Who a judgement falls on: the actor named, or the owner of the thing named ("Chile's plan", "the plan of X"). */
export function judgedBy(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): ArticleMention[] {
  const direct = argMentions(tree, [{ i: k }], mentionAt);
  if (direct.length) return direct;
  const owners = [
    ...tree.children(k, 'poss', 'compound', 'amod').filter((c) => c.i < k),
    ...tree.children(k, 'prep').filter((p) => p.lemma === 'of' || p.lemma === 'by').flatMap((p) => tree.children(p.i, 'pobj')),
    // "the crimes committed by X", "the strikes carried out by X": the agent of a participle.
    ...tree.children(k, 'acl').flatMap((v) => tree.children(v.i, 'agent')).flatMap((p) => tree.children(p.i, 'pobj')),
    // "the accusations of fraud made by X": the participle hung on the "of" complement instead.
    ...tree.children(k, 'prep').filter((p) => p.lemma === 'of').flatMap((p) => tree.children(p.i, 'pobj')).filter((o) => !mentionAt[o.i]).flatMap((o) => tree.children(o.i, 'acl')).flatMap((v) => tree.children(v.i, 'agent')).flatMap((p) => tree.children(p.i, 'pobj')),
  ];
  return owners.map((c) => mentionAt[c.i]).filter((m): m is ArticleMention => !!m && ACTOR.has(m.type));
}
