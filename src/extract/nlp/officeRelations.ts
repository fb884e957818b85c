/** HOLDS_OFFICE from titles, appositions and the copula. */
import type { ArticleMention } from './findArticleMentions.ts';
import { OFFICE_WORDS, PORTFOLIO, portfoliosAfter } from './officeWords.ts';
import { commaPhraseAfter, commaPhraseBefore, titleBefore } from './titlePhrases.ts';
import type { ParseTree } from './parseTree.ts';
import { isNegated, isUnrealised } from './clauseStatus.ts';
import { weight, type RelationCandidate } from './relationCandidate.ts';

/** Titles that name a national office, so a bare "President X" holds office in the article's country. */
const NATIONAL_TITLES = /^(?:president|prime minister|premier|king|queen|emir|sultan|monarch|chancellor|(?:foreign|defen[cs]e|interior|finance|justice|home|economy|trade|energy|health|education|information) minister|minister of (?:[a-z]+ )?[a-z]+)$/i;

/**
 * The office a person holds, from the words around the name: premodifiers ("Norwegian Foreign
 * Minister X"), appositions ("X, the country's defence minister", "a spokesman for Y, X") and
 * the copula ("X is the president of Y"). The office is in the named organisation or the
 * country the title phrase mentions; a bare national title ("President X") is taken to be in
 * the country the article has named most so far.
 */
export function officeOf(tree: ParseTree, person: ArticleMention, mentionAt: ReadonlyArray<ArticleMention | undefined>, countrySeen: ReadonlyMap<string, number>): RelationCandidate[] {
  const h = person.head;
  const inPerson = (k: number) => k >= person.first && k <= person.last;
  // (`adjacent`: the phrase touches the name in the text, so no word of it is another person's title.)
  const phrases: Array<{ tokens: number[]; rule: string; adjacent?: boolean }> = [];
  // Premodifiers of the name: compounds, adjectives, possessives before it, with their own modifiers.
  const pre: number[] = [];
  for (let k = person.first; k <= person.last; k++) pre.push(...tree.children(k, 'compound', 'amod', 'poss', 'nmod').filter((c) => c.i < person.first).flatMap((c) => nounPhrase(tree, c.i)));
  // "President X of Peru", "Chief prosecutor X of the ICC": the title's body follows the name.
  const after = tree.children(h, 'prep').filter((p) => p.lemma === 'of').flatMap((p) => nounPhrase(tree, p.i));
  if (pre.length) phrases.push({ tokens: [...pre, ...after], rule: 'office:premodifier' });
  // "met Qatar's Emir Sheikh X": the title words right before the name, and the country or body
  // that owns them, whatever the arcs (a parser may hang "Qatar's" on another name).
  const before = titleBefore(tree, person, mentionAt);
  if (before) phrases.push({ tokens: before, rule: 'office:premodifier', adjacent: true });
  for (const a of tree.children(h, 'appos')) if (!mentionAt[a.i] || mentionAt[a.i]!.type !== 'Person') phrases.push({ tokens: nounPhrase(tree, a.i), rule: 'office:apposition' });
  // "X, Somali Foreign Minister, said": a title phrase right after the name between commas is an
  // apposition whatever the arcs (parsers make it a conjunct of the name, or hang it elsewhere).
  const between = commaPhraseAfter(tree, person, mentionAt);
  if (between) phrases.push({ tokens: between, rule: 'office:apposition', adjacent: true });
  // "The head of the Egyptian army, General X, spoke": the title phrase before the comma.
  const ahead = commaPhraseBefore(tree, person, mentionAt);
  if (ahead) phrases.push({ tokens: ahead, rule: 'office:apposition', adjacent: true });
  // "lawmakers from Ireland, Lynn Boylan and Nessa Childers": every conjunct of the apposition.
  let top = h;
  while (tree.tokens[top]!.dep === 'conj' && mentionAt[tree.tokens[top]!.head]?.type === 'Person') top = tree.tokens[top]!.head;
  const tok = tree.tokens[top]!;
  if (tok.dep === 'appos' && !mentionAt[tok.head]) {
    const headTree = nounPhrase(tree, tok.head).filter((k) => !tree.dominates(top, k));
    // (The title this name is in apposition to is this person's, wherever the title itself hangs:
    // "X and his Iranian counterpart Y" with "counterpart" a conjunct of X.)
    phrases.push({ tokens: headTree, rule: 'office:apposition', adjacent: true });
  } else if (tok.dep === 'appos' && tree.head(tok.head).dep === 'prep' && OFFICE_WORDS.has(tree.head(tree.head(tok.head).i).lemma.toLowerCase())) {
    // "the UN envoy for Libya, X": the parser hangs the name on the title's object; it renames the title.
    const title = tree.head(tree.head(tok.head).i).i;
    phrases.push({ tokens: nounPhrase(tree, title).filter((k) => !tree.dominates(top, k)), rule: 'office:apposition' });
  }
  if (tok.dep === 'nsubj' && tree.head(h).lemma === 'be') {
    for (const attr of tree.children(tok.head, 'attr')) phrases.push({ tokens: nounPhrase(tree, attr.i), rule: 'office:copula' });
  }
  // "X became president of Y", "X was elected president of Y", "Y appointed X (as) envoy", "X serves as Y's ambassador".
  const verb = tree.head(top);
  if (['nsubj', 'nsubjpass', 'dobj'].includes(tok.dep) && ASSUME_OFFICE.has(verb.lemma) && verb.pos === 'VERB' && !isNegated(tree, verb.i) && !isUnrealised(tree, verb.i)) {
    const titles = [...tree.children(verb.i, 'attr', 'oprd', 'xcomp', 'ccomp'), ...tree.children(verb.i, 'prep').filter((p) => p.lemma === 'as').flatMap((p) => tree.children(p.i, 'pobj'))];
    for (const t of titles) if (t.i !== top) phrases.push({ tokens: nounPhrase(tree, t.i), rule: 'office:assumed' });
  }
  // "X, who is the foreign minister of Y", "X, who became president of Y": a relative clause on the name.
  for (const rel of tree.children(h, 'relcl')) {
    if (!(rel.lemma === 'be' || ASSUME_OFFICE.has(rel.lemma)) || !tree.children(rel.i, 'nsubj', 'nsubjpass').some((n) => /^who$/i.test(n.text)) || isNegated(tree, rel.i)) continue;
    const titles = [...tree.children(rel.i, 'attr', 'oprd', 'xcomp'), ...tree.children(rel.i, 'prep').filter((p) => p.lemma === 'as').flatMap((p) => tree.children(p.i, 'pobj'))];
    for (const t of titles) phrases.push({ tokens: nounPhrase(tree, t.i), rule: 'office:relative' });
  }
  const out: RelationCandidate[] = [];
  // "X heads the agency", "the group, led by X": leading a named body is an office in it.
  const leads = leaderOf(tree, top, mentionAt);
  if (leads) out.push({ relation: 'HOLDS_OFFICE', subject: person, object: leads.body, sentence: tree.sentenceOf[h]!, confidence: 0.7 * weight(leads.body), status: 'asserted', properties: { title: leads.title }, rule: 'office:leads' });
  for (const phrase of phrases) {
    // Words that modify another person's name are that person's title ("met Qatar's Emir X").
    const others = (k: number) => { const m = mentionAt[tree.tokens[k]!.head]; return !!m && m !== person && m.type === 'Person' && m.id !== person.id; };
    const words = phrase.tokens.filter((k) => !inPerson(k) && (phrase.adjacent || !others(k)));
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
    const named = holders.filter((m) => m.type === 'Organization' && (m.via === 'name' || m.via === 'short')).sort((a, b) => distance(a) - distance(b));
    const countries = holders.filter((m) => m.type === 'Country').sort((a, b) => distance(a) - distance(b));
    const nominal = holders.filter((m) => m.type === 'Organization' && m.via !== 'name').sort((a, b) => distance(a) - distance(b));
    // An ambassador or envoy serves the country that sends them, not the body they sit in ("Rwanda's UN ambassador").
    const envoy = /^(?:ambassador|envoy|representative|delegate)$/i.test(tree.tokens[titleHead]!.text);
    const sender = envoy ? countries.find((m) => m.head < titleHead) : undefined;
    // "ambassador to Norway": the country an envoy is sent to is not the one they serve.
    const sentTo = (m: ArticleMention) => envoy && tree.tokens[m.head]!.dep === 'pobj' && tree.head(m.head).lemma === 'to';
    const holder = sender ?? [...named, ...countries, ...nominal].find((m) => !sentTo(m));
    const sentence = tree.sentenceOf[h]!;
    if (holder) {
      out.push({ relation: 'HOLDS_OFFICE', subject: person, object: holder, sentence, confidence: 0.85 * weight(holder), status: 'asserted', properties: { title }, rule: phrase.rule });
    } else if (isNationalTitle(title)) {
      const id = impliedCountry(tree, sentence, mentionAt, countrySeen);
      if (!id) continue;
      const main: ArticleMention = { ...person, id, type: 'Country', via: 'nominal' };
      out.push({ relation: 'HOLDS_OFFICE', subject: person, object: main, sentence, confidence: 0.55, status: 'asserted', properties: { title }, rule: 'office:national-title' });
    }
  }
  // The parse's reading of an office beats the guess from a bare national title.
  return out.some((c) => c.rule !== 'office:national-title') ? out.filter((c) => c.rule !== 'office:national-title') : out;
}

/** A national title, also after modifiers ("the elected, post-coup President", "former President"). */
function isNationalTitle(title: string): boolean {
  const words = title.split(/\s+/);
  return words.some((_, k) => NATIONAL_TITLES.test(words.slice(k).join(' ')));
}

/** The title words: the office word with its compound / adjective modifiers that are not names. */
function titleOf(tree: ParseTree, words: readonly number[], head: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): string {
  const keep = words.filter((k) => k <= head && (k === head || tree.dominates(head, k) || tree.head(k).i === head || OFFICE_WORDS.has(tree.tokens[k]!.text.toLowerCase())) && !mentionAt[k] && /^[\p{L}-]+$/u.test(tree.tokens[k]!.text) && !['DET', 'ADP', 'PRON'].includes(tree.tokens[k]!.pos));
  const from = keep.length ? keep[0]! : head;
  const text = tree.text.slice(tree.tokens[from]!.start, tree.tokens[portfoliosAfter(tree.tokens, head) ?? head]!.end);
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
    // A country named as a location ("refugees in Mali") is where, not whose.
    if (t.dep === 'pobj' && ['in', 'at', 'near', 'inside', 'across', 'throughout'].includes(tree.head(k).lemma)) return;
    inSentence.add(m.id);
    const head = tree.head(k);
    if (['compound', 'amod', 'poss'].includes(t.dep) && (mentionAt[head.i]?.type === 'Person' || OFFICE_WORDS.has(head.text.toLowerCase()))) claimed.add(m.id);
  });
  // Only the country the article is about, and only when the sentence names no other free one.
  const main = [...countrySeen].sort((a, b) => b[1] - a[1])[0]?.[0];
  const free = [...inSentence].filter((id) => !claimed.has(id));
  return main && free.every((id) => id === main) ? main : undefined;
}


/** Verbs by which a person takes or holds an office named by their complement. */
const ASSUME_OFFICE = new Set('become remain serve elect reelect re-elect appoint name nominate install swear promote'.split(' '));
/** Verbs of leading a body, and the title each implies. */
const LEAD_TITLES: Record<string, string> = { lead: 'leader', head: 'head', chair: 'chair', command: 'commander', direct: 'director' };

/** "X heads / leads / chairs Y", "Y, led by X": the body a person leads, with the implied title. */
function leaderOf(tree: ParseTree, k: number, mentionAt: ReadonlyArray<ArticleMention | undefined>): { body: ArticleMention; title: string } | undefined {
  const tok = tree.tokens[k]!;
  const body = (i: number) => { const m = mentionAt[i]; return m && (m.type === 'Organization' || m.type === 'Country') && m.via !== 'pronoun' ? m : undefined; };
  const verb = tree.head(k);
  if (tok.dep === 'nsubj' && verb.pos === 'VERB' && LEAD_TITLES[verb.lemma] && !isNegated(tree, verb.i) && !isUnrealised(tree, verb.i)) {
    const m = tree.children(verb.i, 'dobj').map((d) => body(d.i)).find((x) => x);
    if (m) return { body: m, title: LEAD_TITLES[verb.lemma]! };
  }
  // "X, who heads Y": a relative clause on the name.
  for (const rel of tree.children(k, 'relcl')) {
    if (!LEAD_TITLES[rel.lemma] || !tree.children(rel.i, 'nsubj').some((n) => /^who$/i.test(n.text)) || isNegated(tree, rel.i)) continue;
    const m = tree.children(rel.i, 'dobj').map((d) => body(d.i)).find((x) => x);
    if (m) return { body: m, title: LEAD_TITLES[rel.lemma]! };
  }
  // "Y, led by X": the person is the agent of a participle modifying the body.
  if (tok.dep === 'pobj' && verb.dep === 'agent') {
    const participle = tree.head(verb.i);
    const m = participle.dep === 'acl' && LEAD_TITLES[participle.lemma] ? body(participle.head) : undefined;
    if (m) return { body: m, title: LEAD_TITLES[participle.lemma]! };
  }
  return undefined;
}
