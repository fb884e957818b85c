/**
 * Parse -> draft: mentions, relations, type checks against the vocabulary, one fact per
 * triple with verbatim sentence evidence. Pure (the parse comes from the worker), so tests
 * can feed it any parse. The rule extractor runs as one more source: its patterns cover the
 * phrasing it was built for, and its facts join the parse-based ones (same entity table
 * semantics, same ids).
 */
import { relationSpec } from '../../model/vocabulary.ts';
import type { Parse } from '../../nlp/parseTypes.ts';
import { EntityTable } from '../entityTable.ts';
import { ruleExtractor } from '../ruleExtractor.ts';
import type { ArticleInput, Draft, DraftEntity, DraftFact, ExtractContext } from '../types.ts';
import { findArticleMentions } from './findArticleMentions.ts';
import { findRelations } from './findRelations.ts';
import { ParseTree } from './parseTree.ts';

/** Name and version written on every fact this extractor drafts. */
export const NLP_EXTRACTOR = { name: 'newsgraph-nlp', version: '0.6.0' } as const;

/** Builds the draft for one article from its parse (plus the rule extractor's facts). */
export function extractFromParse(input: ArticleInput, context: ExtractContext, parse: Parse, options: { withRules?: boolean; rulesDraft?: Draft } = {}): Draft {
  const rules = options.rulesDraft ?? ruleExtractor.extractSync(input, context);
  const tree = new ParseTree(parse, input.text);
  const table = new EntityTable(context);
  const { mentions, mentionAt } = findArticleMentions(tree, table);
  const candidates = findRelations(tree, mentions, mentionAt);
  const facts = new Map<string, DraftFact>();
  for (const c of candidates) {
    const spec = relationSpec(c.relation);
    const s = table.get(c.subject.id);
    const o = table.get(c.object.id);
    if (!spec || !s || !o || s.id === o.id) continue;
    if (!spec.subjects.includes(s.type) || !spec.objects.includes(o.type)) continue;
    if (!isBodySentence(input.text, parse.sentences[c.sentence]!)) continue;
    const key = `${s.id}|${c.relation}|${o.id}`;
    const prev = facts.get(key);
    if (prev) {
      prev.confidence = Math.max(prev.confidence, round(c.confidence));
      // Asserted anywhere beats reported; a denial stands only where nothing asserts or reports the fact.
      if (c.status === 'asserted' || (c.status === 'reported' && prev.status === 'denied')) prev.status = c.status;
      continue;
    }
    const [start, end] = trimmed(input.text, parse.sentences[c.sentence]!);
    const fact: DraftFact = { subject: s.id, relation: c.relation, object: o.id, evidence: input.text.slice(start, end), offsets: [start, end], confidence: round(c.confidence), status: c.status, extractor: { ...NLP_EXTRACTOR } };
    const properties = Object.fromEntries(Object.entries(c.properties ?? {}).filter(([k, v]) => spec.properties.includes(k) && v));
    if (Object.keys(properties).length) fact.properties = properties;
    facts.set(key, fact);
  }
  const entities = new Map<string, DraftEntity>();
  for (const e of table.used.values()) entities.set(e.id, e);
  if (options.withRules !== false) {
    // The rules' patterns sometimes cut a long name short ("Zine al-Abidine Ben" for "... Ben
    // Ali"): their entity is the parse's when the parse's name of the same type extends it.
    const same = new Map<string, string>();
    for (const e of rules.entities) {
      if (entities.has(e.id)) continue;
      const longer = [...entities.values()].find((n) => n.type === e.type && n.name.startsWith(`${e.name} `));
      if (longer) same.set(e.id, longer.id);
    }
    const id = (x: string) => same.get(x) ?? x;
    // Where the parse saw the person, its reading of their office (or of no office) stands; the
    // rules' guess ("President X" -> the country named most) gives way.
    const officeFound = new Set([...[...facts.values()].filter((f) => f.relation === 'HOLDS_OFFICE').map((f) => f.subject), ...[...table.used.values()].filter((e) => e.type === 'Person').map((e) => e.id)]);
    for (const f of rules.facts) {
      const g = { ...f, subject: id(f.subject), object: id(f.object) };
      if (g.relation === 'HOLDS_OFFICE' && officeFound.has(g.subject)) continue;
      const key = `${g.subject}|${g.relation}|${g.object}`;
      if (!facts.has(key)) facts.set(key, g);
    }
    for (const e of rules.entities) {
      if (same.has(e.id)) continue;
      const mine = entities.get(e.id);
      if (!mine) entities.set(e.id, e);
      else for (const a of e.aliases) if (!mine.aliases.includes(a) && a !== mine.name) mine.aliases.push(a);
    }
  }
  const factList = [...facts.values()];
  // The draft names the entities its facts use and those the rules named; other mentions
  // ("the police" in a sentence with no relation) would only add unconnected nodes.
  const named = new Set([...factList.flatMap((f) => [f.subject, f.object]), ...rules.entities.map((e) => e.id)]);
  for (const id of [...entities.keys()]) if (!named.has(id)) entities.delete(id);
  const notices = factList.length ? [] : ['no recognisable facts: the draft has entities only; write the facts by hand or check the text'];
  return { article: rules.article, entities: [...entities.values()], facts: factList, notices };
}

/** Headlines, date lines and section headings (no closing punctuation) state no facts. */
function isBodySentence(text: string, [start, end]: [number, number]): boolean {
  return /[.!?"”’)]\s*$/.test(text.slice(start, end).trim());
}

function trimmed(text: string, [start, end]: [number, number]): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
