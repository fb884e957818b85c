/**
 * Entity mentions over a parsed article: named entities from NER, names the gazetteer or
 * registry knows, demonyms and capitals (-> their country), actor nouns ("the police",
 * "Brazilian officials" -> Brazil, "the ministry"), and pronouns and short names resolved
 * to an earlier mention (coreference). Every name goes through the EntityTable, the same
 * resolution the rule extractor and ingestion use, so ids match the registry and the graph.
 */
import type { EntityType } from '../../model/vocabulary.ts';
import type { EntityTable } from '../entityTable.ts';
import type { KnownEntity } from '../types.ts';
import type { ArticleMention } from './articleMention.ts';
import type { ParseTree } from './parseTree.ts';
import { describedBody } from './describedBodies.ts';
import { demonymOf, documentAuthor, mainCountry, ownerCountry, partOwner } from './mentionOwners.ts';
import { OFFICE_WORDS as OFFICE_NOUNS } from './officeWords.ts';
import { definiteAntecedent, hasNamedApposition, isPleonastic, personByNamePart, titledPerson } from './coreferenceRules.ts';
import { namedListStart, startsName } from './namedLists.ts';
import { NAMING_VERBS, ORGANISATION_CLASSES, TITLE_START, calledName, isPortfolio, kindFromName, looksLikePersonName } from './entityTyping.ts';
import { stateInstitution } from './stateInstitutions.ts';
import { FIRST_PLURAL, FIRST_SINGULAR, quotations, speakerOf } from './quotedSpeakers.ts';

export type { ArticleMention } from './articleMention.ts';

const LABELS = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
/** Nouns that stand for a state when a country owns them ("Israeli forces", "the Somali government"). */
const STATE_NOUNS = new Set('government authority official force troop soldier military army navy regime administration diplomat leadership cabinet'.split(' '));
/** Collective actors that are entities of their own when no country owns them. */
const GROUP_NOUNS: Record<string, string> = {
  police: 'police', army: 'military', military: 'military', militia: 'armed_group', rebel: 'armed_group', militant: 'armed_group', insurgent: 'armed_group',
  protester: 'civil_society', protestor: 'civil_society', demonstrator: 'civil_society', opposition: 'political_party', ministry: 'government',
  council: 'government', parliament: 'government', court: 'government', agency: 'government', group: 'other', movement: 'civil_society', party: 'political_party',
};
/** Documents whose author is the actor: "the report accuses", "the statement condemned". */
const DOCUMENT_NOUNS = new Set('report statement resolution communique communiqué declaration letter'.split(' '));
/** Nouns for a part of an organisation: "the armed wing of X", "an affiliate of X". */
export const PART_NOUNS = new Set('wing branch affiliate faction offshoot splinter subsidiary division arm unit cell'.split(' '));
/** Members of a body: "X militants" makes X a body. */
const MEMBER_NOUNS = new Set('militant fighter rebel insurgent gunman member supporter loyalist activist'.split(' '));
/** Armed men: with a people that is no state before them, a body of their own ("Kurdish forces"). */
const ARMED_NOUNS = new Set('force troop soldier fighter militant militia army'.split(' '));
/** Organs of a state (and its opposition): an unowned "the army" is the army of the country the article is about. */
const STATE_ORGANS = new Set('police army military ministry parliament court opposition'.split(' '));
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const NEUTER = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
const THIRD_PERSON = /^(?:he|him|his|himself|she|her|hers|herself|it|its|itself|they|them|their|themselves)$/i;

/** Finds and resolves every mention; `mentionAt[token]` gives the mention covering a token. */
export function findArticleMentions(tree: ParseTree, table: EntityTable): { mentions: ArticleMention[]; mentionAt: Array<ArticleMention | undefined> } {
  const tokens = tree.tokens;
  const text = (a: number, b: number) => tree.text.slice(tokens[a]!.start, tokens[b]!.end);
  const mentions: ArticleMention[] = [];
  const mentionAt: Array<ArticleMention | undefined> = tokens.map(() => undefined);
  const countryCounts = new Map<string, number>();
  const add = (m: ArticleMention) => {
    mentions.push(m);
    for (let k = m.first; k <= m.last; k++) mentionAt[k] = m;
    if (m.type === 'Country') countryCounts.set(m.id, (countryCounts.get(m.id) ?? 0) + 1);
    return m;
  };
  const use = (e: KnownEntity, surface: string) => table.use(e, surface);
  const institutionMention = (inst: { entity: KnownEntity; country: KnownEntity }, first: number, last: number, surface: string): ArticleMention => {
    const partOf: ArticleMention = { id: use(inst.country, ''), type: 'Country', first, last, head: last, surface, via: 'name' };
    return { id: use(inst.entity, surface), type: 'Organization', first, last, head: last, surface, via: 'name', partOf };
  };
  const quotes = quotations(tree);
  /** Descriptions with a name in apposition ("this group, X,"): they become X after the pass. */
  const apposed: number[] = [];
  const lineBreakBefore = (k: number) => k > 0 && tree.text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (mentionAt[i]) continue;
    // 0. An international body known by its description ("the UN refugee agency" -> UNHCR):
    // the longest span ending in a description noun that the gazetteer knows as an alias.
    const described = describedBody(tree, i, table);
    if (described) {
      const parent = described.parent ? { id: use(described.parent, ''), type: 'Organization' as const, first: i, last: i, head: i, surface: tokens[i]!.text, via: 'name' as const } : undefined;
      add({ id: use(described.entity, text(i, described.last)), type: 'Organization', first: i, last: described.last, head: described.last, surface: text(i, described.last), via: 'name', ...(parent ? { partOf: parent } : {}) });
      i = described.last;
      continue;
    }
    // 1. Named entities (NER span).
    if (t.iob === 'B' && LABELS.has(t.ent)) {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1]!.iob === 'I') last++;
      let first = i;
      while (first < last && (/^(the|this|that|these|those)$/i.test(tokens[first]!.text) || tokens[first]!.pos === 'NUM' || (t.ent === 'PERSON' && TITLE_START.test(tokens[first]!.text)))) first++;
      // A name never runs across a comma: "Jangeli, Somali Foreign Minister" is a name and a title.
      // Nor across a line break (a photo credit above a paragraph).
      for (let k = first + 1; k <= last; k++) if (tokens[k]!.text === ',' || lineBreakBefore(k)) last = k - 1;
      // "Ali Jama' Jangeli": an apostrophe that ends a span glued to a proper noun continues the name.
      if (t.ent === 'PERSON' && /^['’]$/.test(tokens[last]!.text) && tokens[last + 1]?.pos === 'PROPN' && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
      while (last > first && /^['’]s?$/.test(tokens[last]!.text)) last--;
      // NER often cuts a long name in two ("Zine al-Abidine | Ben Ali") or stops early: one name
      // runs through adjacent person spans and the untagged proper nouns that follow.
      // (A next word tagged NORP that is no demonym is still the name: "Ali Jama' | Jangeli".)
      const continues = (k: number) => !tokens[k]!.ent || tokens[k]!.ent === 'PERSON' || (tokens[k]!.ent === 'NORP' && tokens[k]!.iob === 'B' && tokens[k + 1]?.iob !== 'I' && !table.demonyms.get(tokens[k]!.text) && !table.resolve(tokens[k]!.text));
      // A following person span joins, and so does a hyphen glued on both sides ("al-Thani").
      const glued = (k: number) => tokens[k]!.text === '-' && tokens[k]!.start === tokens[k - 1]!.end && tokens[k + 1]?.start === tokens[k]!.end && tokens[k + 1]!.pos === 'PROPN';
      if (t.ent === 'PERSON') {
        while (last + 1 < tokens.length && ((tokens[last + 1]!.pos === 'PROPN' && continues(last + 1)) || glued(last + 1)) && !lineBreakBefore(last + 1)) last++;
        // "Emir Sheikh | Tamim ...": titles tagged as a name of their own before the name.
        while (first < last && TITLE_START.test(tokens[first]!.text) && tokens[first + 1]!.pos === 'PROPN') first++;
        while (last > first && /^['’]s?$/.test(tokens[last]!.text)) last--;
      }
      // A title alone ("Sheikh") is not a name.
      if (t.ent === 'PERSON' && first === last && TITLE_START.test(tokens[first]!.text)) continue;
      const surface = text(first, last);
      // "Secretary of State X", "Minister of Defence X": the portfolio is part of a title, no body.
      if (isPortfolio(tree, first, last)) {
        i = last;
        continue;
      }
      // "the Foreign Ministry": the institution of the country named, owning, or in context.
      const institution = t.ent === 'ORG' && !table.resolve(surface) ? stateInstitution(tree, first, last, table, () => ownerCountry(tree, last, mentionAt, table), () => mainCountry(countryCounts, table)) : undefined;
      if (institution) {
        add(institutionMention(institution, first, last, surface));
        i = last;
        continue;
      }
      // "European | Parliament": a NORP word and the untagged proper nouns after it that together
      // make a name the gazetteer knows.
      if (t.ent === 'NORP' && first === last && tokens[last + 1]?.pos === 'PROPN' && !tokens[last + 1]!.ent) {
        let end = last + 1;
        while (tokens[end + 1]?.pos === 'PROPN' && !tokens[end + 1]!.ent && end - last < 3) end++;
        const body = table.resolve(text(first, end));
        if (body && body.type === 'Organization') {
          add({ id: use(body, text(first, end)), type: 'Organization', first, last: end, head: end, surface: text(first, end), via: 'name' });
          i = end;
          continue;
        }
      }
      // A demonym modifying a noun is its country whatever label the NER gave it ("three Ugandan
      // nationals" with Ugandan as ORG, "the Saudi-led coalition").
      const demonym = t.ent !== 'NORP' && first === last ? table.demonyms.get(surface) : undefined;
      const nextWord = tokens[last + 1];
      if (demonym && nextWord && (['NOUN', 'PROPN'].includes(nextWord.pos) || (nextWord.text === '-' && nextWord.start === tokens[last]!.end))) {
        add({ id: use(demonym, ''), type: 'Country', first, last, head: last, surface, via: 'demonym' });
        i = last;
        continue;
      }
      const m = nameMention(surface, t.ent, first, last, tree, table);
      if (m) {
        add(m);
        i = last;
        // "Al-Qaeda in the Arabian Peninsula (AQAP)": the acronym in brackets is the same body, here and later.
        const acronym = tokens[last + 2];
        if (m.type === 'Organization' && tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' && /^[A-Z]{2,6}$/.test(acronym?.text ?? '') && table.get(m.id)) {
          table.addShortName(acronym!.text, table.get(m.id)!);
          add({ ...m, first: last + 2, last: last + 2, head: last + 2, surface: acronym!.text });
          i = last + 2;
        }
        continue;
      }
    }
    // 1b. A demonym the NER missed, modifying a noun ("Somali Foreign Minister" after a comma).
    if (['amod', 'compound', 'nmod'].includes(t.dep) && /^\p{Lu}/u.test(t.text) && table.demonyms.get(t.text)) {
      add({ id: use(table.demonyms.get(t.text)!, ''), type: 'Country', first: i, last: i, head: i, surface: t.text, via: 'demonym' });
      continue;
    }
    // 2. Proper nouns the gazetteer, the registry or an earlier full name knows ("Mubarak", "Hamas").
    // A capitalised word the tagger took for a common noun ("Sow accuses ...") counts when it is
    // the short name of a person named earlier.
    if (t.pos !== 'PROPN' && !t.ent && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.pos === 'NOUN') {
      const known = table.resolve(t.text);
      if (known?.type === 'Person' && table.shortNames.some((s) => s.entity.id === known.id)) {
        add({ id: use(known, t.text), type: 'Person', first: i, last: i, head: i, surface: t.text, via: 'short' });
        continue;
      }
    }
    // A span the NER gave another label ("the Eurovision Song Contest" as WORK_OF_ART, where it
    // was an ORG before) is still looked up: a name already known keeps its entity.
    const otherLabel = (k: number) => !!tokens[k]!.ent && !LABELS.has(tokens[k]!.ent) && !['DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'QUANTITY'].includes(tokens[k]!.ent);
    if (otherLabel(i) && t.iob === 'B') {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1]!.iob === 'I' && last - i < 5) last++;
      const first = /^(?:the|this)$/i.test(t.text) ? i + 1 : i;
      const known = first <= last && tokens[first]!.pos === 'PROPN' ? table.resolve(text(first, last)) : undefined;
      if (known) {
        add({ id: use(known, text(first, last)), type: known.type, first, last, head: last, surface: text(first, last), via: 'short' });
        i = last;
        continue;
      }
    }
    if (t.pos === 'PROPN' && !t.ent) {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1]!.pos === 'PROPN' && !tokens[last + 1]!.ent && last - i < 3) last++;
      const known = table.resolve(text(i, last)) ?? (last === i ? personByNamePart(table, t.text) : undefined);
      if (known) {
        add({ id: use(known, text(i, last)), type: known.type, first: i, last, head: last, surface: text(i, last), via: 'short' });
        i = last;
        continue;
      }
      // "spokesman for Facebook": a name after a title's "for"/"of"/"at" is the organisation.
      const prep = tree.head(last);
      if (tokens[last]!.dep === 'pobj' && ['for', 'of', 'at'].includes(prep.lemma) && OFFICE_NOUNS.has(tree.head(prep.i).lemma)) {
        const e = table.resolveOrCreate(text(i, last), 'Organization');
        add({ id: use(e, text(i, last)), type: 'Organization', first: i, last, head: last, surface: text(i, last), via: 'name' });
        i = last;
        continue;
      }
      // A name the NER missed is a person when its context says so ("like Ana Ruiz, who
      // lives ...", "Mr. Ruiz", "Ana Ruiz, a farmer,"): typed from context, not from the list.
      if (looksLikePersonName(tree, i, last)) {
        const m = nameMention(text(i, last), 'PERSON', i, last, tree, table);
        if (m) {
          add(m);
          i = last;
          continue;
        }
      }
    }
    // 3. Pronouns: the most recent compatible mention; "the latter": the most recent actor.
    const lower = t.text.toLowerCase();
    if (lower === 'latter' && tree.children(i, 'det').some((d) => d.lemma === 'the')) {
      const antecedent = [...mentions].reverse().find((m) => m.via !== 'pronoun' && tree.sentenceOf[m.head]! >= tree.sentenceOf[i]! - 1);
      if (antecedent) add({ ...antecedent, first: i, last: i, head: i, surface: t.text, via: 'pronoun' });
      continue;
    }
    if (t.pos === 'PRON' || (t.tag === 'PRP$' && (MALE.has(lower) || FEMALE.has(lower) || NEUTER.has(lower) || PLURAL.has(lower)))) {
      const wanted = MALE.has(lower) || FEMALE.has(lower) ? ['Person'] : NEUTER.has(lower) ? ['Organization', 'Country'] : PLURAL.has(lower) ? ['Organization', 'Country'] : [];
      if (!wanted.length) continue;
      // "It appears that ...", "it is likely that ...": a pleonastic "it" refers to nothing.
      if (lower === 'it' && t.dep === 'nsubj' && isPleonastic(tree, t.head)) continue;
      // An object pronoun is not its own clause's subject ("the latter blames it"): skip that entity.
      const clauseSubject = t.dep === 'nsubj' || t.dep === 'nsubjpass' ? undefined : tree.children(t.head, 'nsubj', 'nsubjpass').map((c) => mentionAt[c.i]?.id).find(Boolean);
      // A pronoun outside a quotation does not refer into it ('"We condemn X," it said' is not X).
      const quoteOf = (k: number) => quotes.find((q) => tokens[k]!.start >= q.start && tokens[k]!.end <= q.end);
      const candidates = [...mentions].reverse().filter((m) => wanted.includes(m.type) && m.via !== 'pronoun' && m.id !== clauseSubject && tree.sentenceOf[m.head]! >= tree.sentenceOf[i]! - 2 && (!quoteOf(m.head) || quoteOf(m.head) === quoteOf(i)));
      // A person pronoun prefers the latest subject of this or the previous sentence (the salient
      // one: "X was sanctioned by the Y administration after his remarks" is X's).
      const isSubject = (m: ArticleMention) => /^nsubj/.test(tree.tokens[m.head]!.dep) && tree.sentenceOf[m.head]! >= tree.sentenceOf[i]! - 1;
      const antecedent = (wanted[0] === 'Person' ? candidates.find(isSubject) : undefined) ?? candidates[0];
      if (antecedent) add({ ...antecedent, first: i, last: i, head: i, surface: t.text, via: 'pronoun' });
      continue;
    }
    // 3b. "the country", "the nation" (singular, definite, unowned): the country the article is
    // clearly about, else the latest country named in this or the two sentences before, else the
    // article's main country ("X, the country's defence minister").
    if (t.pos === 'NOUN' && (t.lemma === 'country' || t.lemma === 'nation') && t.tag === 'NN' && tree.children(i, 'det').some((d) => d.lemma === 'the' || d.lemma === 'this') && !tree.children(i, 'amod', 'compound', 'nummod', 'poss').length && !tree.children(i, 'prep').some((p) => p.lemma === 'of')) {
      // (A country the article is clearly about, named three times or more and twice as often as
      // any other, wins over a country named in passing: "... peace-keepers from Uganda. X was sworn
      // in as the nation's president" in an article about Somalia.)
      const recent = [...mentions].reverse().find((m) => m.type === 'Country' && tree.sentenceOf[m.head]! >= tree.sentenceOf[i]! - 2);
      const [top, runnerUp] = [...countryCounts].sort((a, b) => b[1] - a[1]);
      const dominant = top && top[1] >= 3 && top[1] >= 2 * (runnerUp?.[1] ?? 0) ? table.get(top[0]) : undefined;
      const country = dominant ?? (recent ? table.get(recent.id) : mainCountry(countryCounts, table));
      if (country) {
        add({ id: use(country, ''), type: 'Country', first: i, last: i, head: i, surface: t.text, via: 'nominal' });
        continue;
      }
    }
    // 3c. "the president", "the minister", "the general" (definite, unmodified): the latest person
    // named with that title nearby ("President X arrived ... The president later criticized Y").
    if (t.pos === 'NOUN' && t.tag === 'NN' && OFFICE_NOUNS.has(t.lemma) && tree.children(i, 'det').some((d) => d.lemma === 'the') && !tree.children(i, 'amod', 'compound', 'poss', 'nummod').length && !tree.children(i, 'prep').some((p) => p.lemma === 'of' || p.lemma === 'for') && !hasNamedApposition(tree, i) && !mentionAt[i + 1]) {
      const holder = titledPerson(tree, i, t.lemma, mentions);
      if (holder) {
        add({ ...holder, first: i, last: i, head: i, surface: t.text, via: 'nominal' });
        continue;
      }
    }
    // 4. "the Trump administration": a person's administration is a government organisation of
    // its own; a later "the administration" is the latest one named.
    if (t.lemma === 'administration' && t.pos === 'NOUN') {
      const leader = tree.children(i, 'compound', 'poss').map((c) => mentionAt[c.i]).find((m) => m?.type === 'Person' && m.via !== 'pronoun');
      if (leader) {
        const name = `${table.get(leader.id)?.name.split(/\s+/).pop()} administration`;
        const e = table.resolveOrCreate(name, 'Organization', name, 'government');
        add({ id: use(e, name), type: 'Organization', first: leader.first, last: i, head: i, surface: name, via: 'name' });
        continue;
      }
      const det = tree.children(i, 'det')[0]?.lemma;
      const earlier = det === 'the' && !ownerCountry(tree, i, mentionAt, table) ? [...mentions].reverse().find((m) => m.type === 'Organization' && / administration$/.test(table.get(m.id)?.name ?? '')) : undefined;
      if (earlier) {
        add({ ...earlier, first: i, last: i, head: i, surface: t.text, via: 'nominal' });
        continue;
      }
    }
    // 5. "the armed wing of Hamas", "a splinter faction of X": an unnamed part of a named
    // organisation is an organisation of its own ("Hamas armed wing"; PART_OF comes in findRelations).
    if (t.pos === 'NOUN' && PART_NOUNS.has(t.lemma)) {
      const whole = partOwner(tree, i, mentionAt, table);
      if (whole && whole.type === 'Organization' && !tree.children(i, 'det').some((d) => d.lemma === 'a' || d.lemma === 'an')) {
        const mods = tree.children(i, 'amod', 'compound').filter((c) => c.i < i && !mentionAt[c.i] && /^[a-z-]+$/.test(c.text));
        const first = mods.length ? Math.min(...mods.map((c) => c.i)) : i;
        const name = `${whole.name} ${text(first, i)}`;
        const e = table.resolveOrCreate(name, 'Organization', name, whole.kind);
        add({ id: use(e, text(first, i)), type: 'Organization', first, last: i, head: i, surface: text(first, i), via: 'nominal' });
        continue;
      }
    }
    // 6. Actor nouns.
    // "opposition party X": the class noun before a name is part of the name's mention, not an actor.
    if (t.lemma in ORGANISATION_CLASSES && ((t.dep === 'compound' && tokens[t.head]!.pos === 'PROPN') || startsName(tokens[i + 1]))) continue;
    if (t.pos === 'NOUN' && (STATE_NOUNS.has(t.lemma) || t.lemma in GROUP_NOUNS || ARMED_NOUNS.has(t.lemma))) {
      const owner = ownerCountry(tree, i, mentionAt, table);
      if (owner && STATE_NOUNS.has(t.lemma)) {
        add({ id: use(owner, ''), type: 'Country', first: i, last: i, head: i, surface: t.text, via: 'nominal' });
        continue;
      }
      // "Kurdish forces", "Tamil fighters": armed men of a people that is no state are a body of
      // their own, named by the people ("Kurdish forces").
      // (Plural, or a collective: "a Zionist soldier" is one man, not a body.)
      const people = !owner && ARMED_NOUNS.has(t.lemma) && (t.tag === 'NNS' || t.lemma === 'militia' || t.lemma === 'army') ? tree.children(i, 'amod', 'compound').find((c) => c.i === i - 1 && c.ent === 'NORP' && !mentionAt[c.i] && !table.demonyms.get(c.text)) : undefined;
      if (people) {
        const name = `${people.text} ${t.lemma === 'fighter' || t.lemma === 'militant' ? 'fighters' : 'forces'}`;
        const e = table.resolveOrCreate(name, 'Organization', name, 'armed_group');
        add({ id: use(e, text(people.i, i)), type: 'Organization', first: people.i, last: i, head: i, surface: text(people.i, i), via: 'nominal' });
        continue;
      }
      // (Not a participle with its agent glued on: "Iran-backed rebels" are rebels, backed by Iran.)
      const mods = tree.children(i, 'compound', 'amod').filter((c) => c.i < i && !mentionAt[c.i] && /^[a-zA-Z-]+$/.test(c.text) && c.tag !== 'VBN');
      // "the Boycott, Divestment, Sanctions movement": a list of capitalised words before the
      // noun is the body's name, however the parser attached its parts.
      const first = namedListStart(tree, i, mentionAt) ?? (mods.length ? Math.min(...mods.map((c) => c.i)) : i);
      const surface = text(first, i);
      const det = tree.children(i, 'det')[0]?.lemma;
      // "Hamas militants", "the group's fighters": members of a named organisation act as it.
      const org = tree.children(i, 'compound', 'poss').map((c) => mentionAt[c.i]).find((m) => m?.type === 'Organization' && m.via === 'name');
      if (org && t.lemma in GROUP_NOUNS && !['council', 'court', 'agency', 'ministry', 'party', 'movement'].includes(t.lemma)) {
        add({ ...org, first: i, last: i, head: i, surface: t.text, via: 'nominal' });
        continue;
      }
      if (t.lemma in GROUP_NOUNS) {
        // "the ministry", "the group", "the militia": a definite description is the latest
        // compatible organisation named before it (definiteAntecedent).
        const definite = det === 'the' || det === 'this' || det === 'that';
        if ((definite && hasNamedApposition(tree, i)) || calledName(tree, i) !== undefined) {
          apposed.push(i);
          continue;
        }
        const earlier = definite && !owner ? definiteAntecedent(t.lemma, mentions, table) : undefined;
        if (earlier) {
          add({ ...earlier, first: i, last: i, head: i, surface: t.text, via: 'nominal' });
          continue;
        }
        // An unowned "the military" is the military of the country the article is about
        // (named with its demonym, as the rules and the registry name them): a bare "military"
        // entity would merge every article's army into one node.
        // "the Dublin city council": a local organ is named after its town.
        // (A capital here is the town, not its state: "the Dublin city council".)
        const town = tree.children(i, 'compound').flatMap((c) => tree.subtree(c.i)).map((k) => mentionAt[k]).find((m) => m?.type === 'Place' || (m?.type === 'Country' && m.via === 'demonym' && tokens[m.head]!.pos === 'PROPN' && !table.demonyms.has(m.surface)));
        const country = town ? undefined : owner ?? (STATE_ORGANS.has(t.lemma) ? mainCountry(countryCounts, table) : undefined);
        const name = town ? `${town.surface} ${surface}` : country ? `${demonymOf(country, table) ?? country.name} ${surface}` : surface;
        // "the rebel commander X": a bare group word modifying a title names no body of its own.
        if (name === surface && first === i && ['compound', 'amod'].includes(t.dep) && OFFICE_NOUNS.has(tokens[t.head]!.lemma.toLowerCase())) continue;
        const e = table.resolveOrCreate(name, 'Organization', name, GROUP_NOUNS[t.lemma]);
        // A later "this city council" is the same council.
        if (town && surface.includes(' ')) table.addShortName(surface, e);
        add({ id: use(e, surface), type: 'Organization', first, last: i, head: i, surface, via: 'nominal' });
        continue;
      }
      // "X's government" with X a person or organisation is X's, not the article's country.
      const ownedByOther = tree.children(i, 'poss').length > 0 || tree.children(i, 'prep').some((p) => p.lemma === 'of');
      // ("security forces", "officials": plural and unowned, the state the article is about.)
      const national = (t.lemma === 'force' && t.tag === 'NNS' && tree.children(i, 'compound').some((c) => c.lemma === 'security')) || (t.lemma === 'official' && t.tag === 'NNS' && !tree.children(i, 'amod', 'compound').length);
      if ((t.lemma === 'government' || t.lemma === 'authority' || national) && det !== 'a' && !ownedByOther) {
        // "the government", "authorities" with no country named: the article's main country so far.
        const main = [...countryCounts].sort((a, b) => b[1] - a[1])[0];
        const e = main ? table.get(main[0]) : undefined;
        if (e) add({ id: use(e, ''), type: 'Country', first: i, last: i, head: i, surface: t.text, via: 'nominal' });
      }
    }
  }
  // "this group, Al-Nahar Front, trained them": the description is the name beside it.
  for (const k of apposed) {
    const called = calledName(tree, k);
    const name = [...tree.children(k, 'appos').map((a) => mentionAt[a.i]), called === undefined ? undefined : mentionAt[called]].find((m) => m && m.via !== 'pronoun');
    if (name) add({ ...name, first: k, last: k, head: k, surface: tokens[k]!.text, via: 'nominal' });
  }
  // 5. Documents speak for their authors: "the EU report accuses X", "a statement by the
  // ministry"; a later "the report" is the same author's. (A second pass: the author may follow.)
  const documentAuthors = new Map<string, ArticleMention>();
  for (const t of tokens) {
    if (t.pos !== 'NOUN' || !DOCUMENT_NOUNS.has(t.lemma) || mentionAt[t.i]) continue;
    const author = documentAuthor(tree, t.i, mentionAt);
    const det = tree.children(t.i, 'det')[0]?.lemma;
    const who = author ?? (det === 'the' || det === 'this' ? documentAuthors.get(t.lemma) : undefined);
    if (!who) continue;
    if (author) documentAuthors.set(t.lemma, author);
    const m: ArticleMention = { ...who, first: t.i, last: t.i, head: t.i, surface: t.text, via: 'nominal' };
    mentions.push(m);
    mentionAt[t.i] = m;
  }
  // 6. First person inside a quotation is its speaker: "I" the person, "we"/"our" the body
  // they speak for (marked `group`; findRelations maps a person to the office they hold).
  for (const q of quotes) {
    const speaker = speakerOf(tree, q, mentionAt);
    if (!speaker) continue;
    for (const t of tokens) {
      if (t.start < q.start || t.end > q.end) continue;
      // A third person inside the quotation is someone other than its speaker ("X said: 'he
      // joined them and they trained him'" is not about X): such a link is dropped.
      const m0 = mentionAt[t.i];
      if (m0?.via === 'pronoun' && m0.id === speaker.id && !m0.group && THIRD_PERSON.test(t.text)) {
        mentionAt[t.i] = undefined;
        mentions.splice(mentions.indexOf(m0), 1);
        continue;
      }
      if (mentionAt[t.i] || !['PRON'].includes(t.pos)) continue;
      const lower = t.text.toLowerCase();
      const single = FIRST_SINGULAR.has(lower);
      if (!single && !FIRST_PLURAL.has(lower)) continue;
      if (single && speaker.type !== 'Person') continue;
      const m: ArticleMention = { ...speaker, first: t.i, last: t.i, head: t.i, surface: t.text, via: 'pronoun', ...(single || speaker.type !== 'Person' ? {} : { group: true }) };
      mentions.push(m);
      mentionAt[t.i] = m;
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  return { mentions, mentionAt };
}

/** A NER span as a mention: resolved through the table, else a new entity typed from its label. */
function nameMention(surface: string, label: string, first: number, last: number, tree: ParseTree, table: EntityTable): ArticleMention | undefined {
  if (!surface || !/\p{L}/u.test(surface)) return undefined;
  const head = last;
  if (label === 'NORP') {
    const country = table.demonyms.get(surface) ?? table.demonyms.get(surface.replace(/s$/, ''));
    // (A demonym right before a noun modifies it whatever its arc: "and Egyptian President X"
    // parsed as a conjunct.)
    const next = tree.tokens[last + 1];
    const glued = next?.text === '-' && next.start === tree.tokens[head]!.end;
    const modifier = ['amod', 'compound', 'nmod'].includes(tree.tokens[head]!.dep) || (tree.tokens[head]!.pos === 'ADJ' && !!next && ['NOUN', 'PROPN'].includes(next.pos)) || glued;
    if (country && modifier) return { id: table.use(country, ''), type: 'Country', first, last, head, surface, via: 'demonym' };
    const known = table.resolve(surface);
    if (known) return { id: table.use(known, surface), type: known.type, first, last, head, surface, via: 'name' };
    if (modifier) return undefined;
    // A people or a faith as an actor ("Palestinians", "the Shia").
    const e = table.resolveOrCreate(surface, 'Organization', surface, 'other');
    return { id: table.use(e, surface), type: 'Organization', first, last, head, surface, via: 'name' };
  }
  const known = table.resolve(surface) ?? (label === 'PERSON' && first === last ? personByNamePart(table, surface) : undefined);
  // "Addis Ababa, capital of Ethiopia,": a capital introduced as a city is a place, not its state.
  if (known?.type === 'Country' && surface !== known.name && tree.children(head, 'appos').some((a) => ['capital', 'city', 'town'].includes(a.lemma))) return undefined;
  if (known) return { id: table.use(known, surface), type: known.type, first, last, head, surface, via: known.type === 'Country' && surface !== known.name ? 'demonym' : 'name' };
  let type: EntityType = label === 'PERSON' ? 'Person' : label === 'ORG' ? 'Organization' : 'Place';
  // "a spokesman for the agency, Alphonse Munyaneza": a name in apposition to a title is a person.
  const governor = tree.head(head);
  // ... also when the title's organisation stands between ("a spokesman for the agency, X").
  const titleAbove = OFFICE_NOUNS.has(governor.lemma) || (governor.dep === 'pobj' && OFFICE_NOUNS.has(tree.head(tree.head(governor.i).i).lemma));
  if (type !== 'Person' && tree.tokens[head]!.dep === 'appos' && titleAbove && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(surface)) type = 'Person';
  if (type !== 'Person' && tree.children(head, 'appos').some((a) => OFFICE_NOUNS.has(a.lemma))) type = 'Person';
  // "Al-Shabaab militants": a name modifying a noun of members or fighters is their body, not a person.
  if (type === 'Person' && tree.tokens[head]!.dep === 'compound' && MEMBER_NOUNS.has(governor.lemma) && governor.tag === 'NNS') type = 'Organization';
  // "spokeswoman for X": an unknown name that a title is held for is a body, not a place.
  if (type === 'Place' && tree.tokens[head]!.dep === 'pobj' && governor.lemma === 'for' && OFFICE_NOUNS.has(tree.head(governor.i).lemma)) type = 'Organization';
  // "like Ana Ruiz, who lives ...": a name that NER took for a place or a body is a person by its context.
  if (type !== 'Person' && looksLikePersonName(tree, first, last)) type = 'Person';
  // "political party X", "the militant group X": a class noun before the name makes it a body.
  // "another group, called X": the noun the naming participle hangs on.
  const namerVerb = [...Array(last - first + 1).keys()].map((k) => tree.tokens[first + k]!).filter((k) => k.dep === 'oprd' || k.dep === 'attr').map((k) => tree.head(k.i)).find((v) => NAMING_VERBS.has(v.lemma) && v.dep === 'acl');
  const namer = namerVerb ? [tree.head(namerVerb.i)] : [];
  // (The noun right before the name counts whatever its arc: one parser makes "the militant group
  // X" a compound, another two subjects.)
  const before = first > 0 && tree.tokens[first - 1]!.pos === 'NOUN' ? [tree.tokens[first - 1]!] : [];
  const classNoun = [...tree.children(head, 'compound').filter((c) => c.i < first), ...(tree.tokens[head]!.dep === 'appos' && governor.i < first ? [governor] : []), ...namer, ...before].find((c) => c.lemma in ORGANISATION_CLASSES);
  if (classNoun) type = 'Organization';
  if (type === 'Person' && !/\p{Lu}/u.test(surface[0] ?? '')) return undefined;
  const kind = type !== 'Organization' ? undefined : classNoun ? (tree.children(classNoun.i, 'amod').some((a) => /^(?:militant|armed|rebel|insurgent|jihadist)$/.test(a.lemma)) ? 'armed_group' : ORGANISATION_CLASSES[classNoun.lemma]) : kindFromName(surface);
  const e = table.resolveOrCreate(surface, type, surface, kind);
  const id = table.use(e, surface);
  if (type === 'Person') {
    // Later "Mubarak" for "Hosni Mubarak".
    const words = surface.split(/\s+/);
    if (words.length > 1) table.addShortName(words[words.length - 1]!, e);
  }
  return { id, type, first, last, head, surface, via: 'name' };
}
