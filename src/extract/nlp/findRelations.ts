/**
 * Relations over a parsed, mention-resolved article: office holders from titles and
 * appositions, and events from trigger verbs with their grammatical arguments (subject,
 * object, passive agent, prepositional object, conjuncts, relative clauses, controlled
 * infinitives). Negated clauses yield nothing; clauses under a reporting verb, "according to"
 * or a hedge ("reportedly") are `reported`.
 */
import type { ArticleMention } from './findArticleMentions.ts';
import { forceAgainst, hyphenBacking, requestsFor, responsibilityClaims } from './eventFrames.ts';
import { blame, claims, evaluations } from './judgementRelations.ts';
import { adjectiveRelations, nominalRelations } from './nounEvents.ts';
import { officeOf } from './officeRelations.ts';
import { reactions } from './reactionRelations.ts';
import type { ParseTree } from './parseTree.ts';
import type { RelationCandidate } from './relationCandidate.ts';
import { alliesOf, endings, partsOf } from './structureRelations.ts';
import { custody, verbEvents } from './verbEvents.ts';

export type { RelationCandidate } from './relationCandidate.ts';

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
  out.push(...verbEvents(tree, mentionAt));
  // "the UN refugee agency": a body described as an agency of another is PART_OF it.
  for (const m of mentions) if (m.partOf && m.via === 'name') out.push({ relation: 'PART_OF', subject: m, object: m.partOf, sentence: tree.sentenceOf[m.head]!, confidence: 0.8, status: 'asserted', rule: 'part:description' });
  out.push(...endings(tree, mentionAt), ...partsOf(tree, mentionAt), ...alliesOf(tree, mentionAt), ...evaluations(tree, mentionAt), ...custody(tree, mentionAt), ...claims(tree, mentionAt), ...blame(tree, mentionAt), ...forceAgainst(tree, mentionAt), ...responsibilityClaims(tree, mentionAt), ...hyphenBacking(tree, mentionAt), ...requestsFor(tree, mentionAt), ...reactions(tree, mentionAt));
  for (const t of tree.tokens) {
    if (t.pos === 'ADJ' && t.dep === 'acomp') out.push(...adjectiveRelations(tree, t.i, mentionAt));
    if (t.pos === 'NOUN' || t.pos === 'PROPN') out.push(...nominalRelations(tree, t.i, mentionAt));
  }
  return out;
}

