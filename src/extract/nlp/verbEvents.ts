/**
 * Events from trigger verbs (triggerLexicon) with their grammatical arguments: subject or
 * passive agent, direct or prepositional object, conjuncts; promises of help as agreements;
 * judging verbs whose object is an actor's act; and custody phrases ("taken into custody").
 */
import type { RelationType } from '../../model/vocabulary.ts';
import { agentsOf, argMentions, judgedBy, subjectsOf } from './argumentRoles.ts';
import { isDenied, isNegated, isUnrealised, statusOf } from './clauseStatus.ts';
import type { ArticleMention } from './findArticleMentions.ts';
import type { ParseTree } from './parseTree.ts';
import { pairs, weight, type RelationCandidate } from './relationCandidate.ts';
import { triggersFor } from './triggerLexicon.ts';

/** Events stated by trigger verbs. */
export function verbEvents(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
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
  return out;
}

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
export function promiseOf(tree: ParseTree, v: number, relation: RelationType): number | undefined {
  const tok = tree.tokens[v]!;
  if (!['AIDED', 'SUPPORTED', 'COOPERATED'].includes(relation) || tok.dep !== 'xcomp') return undefined;
  const head = tree.head(v);
  if (!PROMISE_VERBS.has(head.lemma) || isNegated(tree, head.i) || isUnrealised(tree, head.i)) return undefined;
  return head.i;
}

/** Relations that hold both ways, so conjoined subjects hold them with each other. */
export const MUTUAL = new Set<RelationType>(['AGREED', 'CONSULTED', 'COOPERATED']);

/** "taken into custody", "placed under arrest", "put under house arrest": COERCED. */
export function custody(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
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
