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
import { addresseesOfClause, attackersOfVictims, nounFrameOwners, threatOf } from './eventFrames.ts';

/** Events stated by trigger verbs. */
export function verbEvents(tree: ParseTree, mentionAt: ReadonlyArray<ArticleMention | undefined>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const t of tree.tokens) {
    // (An infinitive is a verb even when the tagger calls it a noun: "vowed to sanction Y".)
    const infinitive = ['xcomp', 'ccomp'].includes(t.dep) && tree.children(t.i, 'aux').some((a) => a.text.toLowerCase() === 'to');
    if (t.pos !== 'VERB' && !infinitive) continue;
    const particle = tree.children(t.i, 'prt')[0]?.lemma;
    for (const trigger of triggersFor(t.lemma, particle)) {
      // A denied act is drafted with status `denied` (the graph links it to what it denies).
      const denied = isDenied(tree, t.i);
      // "X pledged to help Y", "promised to send aid to Y": a promise of help is itself an
      // agreement (CAMEO 03, express intent to cooperate) even though the help has not happened.
      const promise = promiseOf(tree, t.i, trigger.relation);
      // "vowed to sanction Y", "warned it would strike Y": a hostile act promised is a threat (CAMEO 13).
      const threat = threatOf(tree, t.i, trigger.relation);
      const frame = promise ?? threat;
      if ((!denied && isNegated(tree, t.i)) || (isUnrealised(tree, t.i, { reportedFuture: true }) && frame === undefined)) continue;
      // A promise or threat is the speaker's own act: its status is that of the promising verb.
      // (A promise stated by a noun takes the status of the verb that states it: "announced plans to ...".)
      const frameVerb = frame !== undefined && tree.tokens[frame]!.pos === 'NOUN' ? tree.tokens[frame]!.head : frame;
      const status = denied ? 'denied' : statusOf(tree, frameVerb ?? t.i);
      // "rebels backed by Iran", "protesters attacked by police": a participle modifying a noun is a passive whose subject is that noun.
      const reduced = t.dep === 'acl' && t.tag === 'VBN';
      const passive = reduced || tree.children(t.i, 'nsubjpass', 'auxpass').length > 0;
      const subjects = frame !== undefined ? (tree.tokens[frame]!.pos === 'NOUN' ? nounFrameOwners(tree, frame, mentionAt) : subjectsOf(tree, frame, mentionAt)) : passive ? agentsOf(tree, t.i, mentionAt) : subjectsOf(tree, t.i, mentionAt);
      // "were killed in an Israeli airstrike": the event names the attacker.
      if (passive && !subjects.length && trigger.relation === 'ATTACKED') subjects.push(...attackersOfVictims(tree, t.i, mentionAt));
      const objects: ArticleMention[] = [];
      const dobjCounts = trigger.dobj && (!trigger.dobjWith || tree.children(t.i, 'prep').some((p) => p.lemma === trigger.dobjWith));
      let args = reduced ? [tree.head(t.i)] : passive ? tree.children(t.i, 'nsubjpass') : dobjCounts ? tree.children(t.i, 'dobj') : [];
      // "X condemned and sanctioned Y": a verb conjoined before another shares its object.
      if (dobjCounts && !args.length && !passive) args = tree.children(t.i, 'conj').filter((c) => c.pos === 'VERB' && !tree.children(c.i, 'nsubj').length).flatMap((c) => tree.children(c.i, 'dobj')).slice(0, 1);
      // Judging words take an actor's act as their object: "condemned Israel's strikes",
      // "rejected the proposal by Russia" -> the owner; "dismissed X's allegations" denies X.
      const judging = JUDGING.has(trigger.relation);
      let relation: RelationType = promise !== undefined ? 'AGREED' : threat !== undefined ? 'THREATENED' : trigger.relation;
      for (const a of args) {
        // "attacked the government's decision", "hit out at X's remarks": an attack on words or a
        // policy is criticism of their owner (CAMEO 111), not force.
        if (trigger.relation === 'ATTACKED' && !mentionAt[a.i] && WORDS_AND_POLICIES.has(a.lemma)) {
          const owners = judgedBy(tree, a.i, mentionAt);
          if (owners.length) {
            relation = 'CRITICIZED';
            objects.push(...owners);
          }
          continue;
        }
        // "detained a French national", "released five American prisoners": people held or freed
        // stand for their country (CAMEO codes the target by nationality), only as the object here.
        if ((trigger.relation === 'COERCED' || trigger.relation === 'CONCEDED') && !mentionAt[a.i] && HELD_PEOPLE.has(a.lemma.toLowerCase())) {
          objects.push(...tree.children(a.i, 'amod', 'compound', 'poss').filter((c) => c.i < a.i && mentionAt[c.i]?.type === 'Country').map((c) => mentionAt[c.i]!));
          continue;
        }
        const named = argMentions(tree, [a], mentionAt);
        // "denied X's accusations" denies X; "denied Palestinians their rights" denies no allegation.
        if (trigger.relation === 'DENIED' && (named.length || !ALLEGATIONS.has(a.lemma))) continue;
        // "sought X's help", "accepted X's offer": asking for or taking up what an actor owns or offers is about that actor.
        const owned = OWNED_BY[trigger.relation]?.has(a.lemma.toLowerCase()) ?? false;
        if (named.length || (!judging && !owned)) {
          objects.push(...named);
          continue;
        }
        const owners = judgedBy(tree, a.i, mentionAt);
        if (owners.length && ALLEGATIONS.has(a.lemma) && trigger.relation === 'REJECTED') relation = 'DENIED';
        objects.push(...owners);
      }
      // "discuss security with X", "signed a deal with X": the parser often hangs the
      // preposition on the direct object; for triggers whose object is prepositional it is the verb's.
      // A direct object that names no actor lends its prepositions to the verb either way ("blamed
      // the bombing on X", "demanded an apology from X": parsers differ on where they hang).
      const hosts = [t.i, ...tree.children(t.i, 'dobj').filter((d) => !trigger.dobj || !argMentions(tree, [d], mentionAt).length).map((d) => d.i)];
      // "gave $25 million in aid to X": the recipient hangs on the aid noun.
      if (trigger.relation === 'AIDED') hosts.push(...tree.children(t.i, 'prep').filter((p) => p.lemma === 'in').flatMap((p) => tree.children(p.i, 'pobj')).map((o) => o.i));
      for (const p of hosts.flatMap((h) => tree.children(h, 'prep', 'dative'))) {
        // "gave aid to X": a dative "to" carries its object; a bare dative ("gave X aid") is the object.
        if (p.dep === 'dative' && trigger.preps.includes('to')) objects.push(...argMentions(tree, tree.children(p.i, 'pobj').length ? tree.children(p.i, 'pobj') : [p], mentionAt));
        if (p.dep !== 'prep' || !trigger.preps.includes(p.lemma)) continue;
        const pobjs = tree.children(p.i, 'pobj');
        // "called for Israel's withdrawal": what is asked for stands for its owner (see OWNED_BY).
        // "objected to X's law", "complained about X's raid": a judging word's object may be an actor's act.
        const ownedPobj = (o: { i: number; lemma: string }) => !mentionAt[o.i] && (OWNED_BY[trigger.relation]?.has(o.lemma.toLowerCase()) || (judging && !argMentions(tree, [o], mentionAt).length));
        const named = [...argMentions(tree, pobjs, mentionAt), ...pobjs.filter(ownedPobj).flatMap((o) => judgedBy(tree, o.i, mentionAt))];
        // "speaking to X" with X a body is an interview ("speaking to the BBC"), not a consultation.
        objects.push(...(trigger.relation === 'CONSULTED' && p.lemma === 'to' ? named.filter((m) => m.type !== 'Organization') : named));
      }
      // "demanded that Y withdraw": the demand is made of the clause's subject.
      if (trigger.relation === 'REQUESTED' && !objects.length) objects.push(...addresseesOfClause(tree, t.i, mentionAt));
      // Weak triggers ("worked with them") take only named arguments: a pronoun is too uncertain.
      if (trigger.named) for (let k = objects.length - 1; k >= 0; k--) if (objects[k]!.via === 'pronoun') objects.splice(k, 1);
      if (trigger.persons) for (let k = objects.length - 1; k >= 0; k--) if (objects[k]!.type !== 'Person') objects.splice(k, 1);
      // "captured the city of X", "seized the town": taking territory by force is fighting (CAMEO 192), not custody.
      if (trigger.relation === 'COERCED' && TAKING.has(t.lemma) && tree.children(t.i, 'dobj').some((d) => TERRITORY.has(d.lemma.toLowerCase()))) relation = 'ATTACKED';
      // "sent a message to X" is not aid; "speaking to the news site X" is not a consultation.
      if (trigger.relation === 'AIDED' && tree.children(t.i, 'dobj').some((d) => MESSAGES.has(d.lemma))) continue;
      // "sent a delegation to Y", "dispatched an envoy to Y": a visit (CAMEO 042), not aid.
      if (trigger.relation === 'AIDED' && tree.children(t.i, 'dobj').some((d) => VISITORS.has(d.lemma))) relation = 'CONSULTED';
      // "froze the assets of X", "froze X's assets": a sanction on the owner (CAMEO 163).
      if (trigger.relation === 'SANCTIONED' && t.lemma === 'freeze') objects.push(...tree.children(t.i, 'dobj').filter((d) => ASSETS.has(d.lemma)).flatMap((d) => judgedBy(tree, d.i, mentionAt)));
      // "shared intelligence with X" cooperates; "shared concerns with X", "exchanged fire with X" do not.
      if (trigger.relation === 'COOPERATED' && SHARING.has(t.lemma) && !tree.children(t.i, 'dobj').some((d) => SHARED_GOODS.has(d.lemma))) continue;
      // "exchanged fire with X" is force; "exchanged prisoners with X" is not.
      if (trigger.relation === 'ATTACKED' && t.lemma === 'exchange' && !tree.children(t.i, 'dobj').some((d) => FIRE.has(d.lemma.toLowerCase()))) continue;
      if (trigger.relation === 'CONSULTED') {
        const isMedia = (k: number) => MEDIA.has(tree.tokens[k]!.lemma.toLowerCase());
        const span = (m: ArticleMention) => Array.from({ length: m.last - m.first + 1 }, (_, j) => m.first + j);
        const media = (m: ArticleMention) => [...span(m), tree.tokens[m.head]!.head].some((k) => isMedia(k) || tree.children(k, 'compound', 'appos').some((c) => isMedia(c.i)));
        for (let k = objects.length - 1; k >= 0; k--) if (media(objects[k]!)) objects.splice(k, 1);
      }
      // "Kenya and Uganda signed a deal", "X and Y met": a mutual relation with no object holds
      // between the conjoined subjects.
      // (Stated once, in text order: the relation is mutual.)
      // "X and Y clashed", "X exchanged fire with Y": each side used force on the other, both ways.
      const reciprocal = relation === 'ATTACKED' && RECIPROCAL_FORCE.has(t.lemma) && !passive;
      const mutual = !objects.length && (MUTUAL.has(trigger.relation) || reciprocal) && new Set(subjects.map((m) => m.id)).size > 1;
      if (mutual) objects.push(...subjects);
      const emit = (s: ArticleMention, o: ArticleMention) => {
        const conf = trigger.confidence * weight(s) * weight(o) * (status === 'asserted' ? 1 : 0.9);
        out.push({ relation, subject: s, object: o, sentence: tree.sentenceOf[t.i]!, confidence: conf, status, rule: `trigger:${t.lemma}` });
      };
      for (const s of subjects)
        for (const o of objects) {
          if (s.id === o.id || (mutual && !reciprocal && o.first < s.first)) continue;
          emit(s, o);
          if (reciprocal && !mutual) emit(o, s);
        }
    }
  }
  return out;
}

/** Relations whose object may be an actor's act or words, standing for the actor. */
const JUDGING = new Set<RelationType>(['CRITICIZED', 'SUPPORTED', 'REJECTED', 'DENIED', 'PROTESTED']);
/** Nouns for what one actor alleges against another. */
const ALLEGATIONS = new Set('allegation accusation claim charge'.split(' '));
/** Objects that stand for their owner for asking and agreeing verbs ("demanded Israel's withdrawal", "accepted Qatar's offer"). */
const OWNED_BY: Partial<Record<RelationType, ReadonlySet<string>>> = {
  REQUESTED: new Set('help support assistance aid cooperation withdrawal apology release extradition resignation intervention protection backing'.split(' ')),
  AGREED: new Set('offer proposal invitation plan request demand call appeal terms mediation'.split(' ')),
};
/** Things sent that are words, not aid. */
const MESSAGES = new Set('message letter note warning signal invitation email statement request condolence greeting reminder speech interview lecture address'.split(' '));
/** People sent to talk, not to help. */
const VISITORS = new Set('delegation envoy emissary diplomat mediator negotiator'.split(' '));
/** What a freeze sanctions. */
const ASSETS = new Set('asset fund account property holding'.split(' '));
/** What can be attacked only in words: decisions, policies, statements. */
const WORDS_AND_POLICIES = new Set('decision policy policies plan proposal statement remark comment handling record stance approach law bill reform budget speech claim report strategy'.split(' '));
/** Verbs of taking, and the places whose taking is fighting, not custody. */
const TAKING = new Set(['capture', 'seize']);
const TERRITORY = new Set('city town village district province region territory area base airport port border crossing outpost position positions stronghold hill'.split(' '));
/** People held or freed whose nationality names the state they stand for ("a French national"). */
const HELD_PEOPLE = new Set('national citizen prisoner hostage detainee captive journalist reporter tourist worker student'.split(' '));
/** Verbs of force that both sides use on each other: "X and Y clashed", "X exchanged fire with Y". */
const RECIPROCAL_FORCE = new Set(['clash', 'exchange', 'battle', 'skirmish']);
/** What is exchanged in a fight. */
const FIRE = new Set('fire gunfire shot shots shell shells rocket rockets artillery blow blows missile missiles'.split(' '));
/** Verbs of sharing, and what shared with another actor is cooperation (CAMEO 064). */
const SHARING = new Set(['share', 'exchange']);
const SHARED_GOODS = new Set('intelligence information data technology expertise know-how experience evidence'.split(' '));
/** Nouns naming news media: talking to them is not consulting. */
const MEDIA = new Set('site website newspaper paper broadcaster radio television tv channel magazine outlet station network reporter journalist'.split(' '));
const PROMISE_VERBS = new Set('pledge promise vow commit agree offer'.split(' '));
const PROMISE_NOUNS = new Set('plan pledge promise commitment intention offer agreement'.split(' '));
/** The promise verb a help clause is the infinitive of ("pledged to help Y"), when nothing else makes it unreal. */
export function promiseOf(tree: ParseTree, v: number, relation: RelationType): number | undefined {
  const tok = tree.tokens[v]!;
  // ("agreed to meet X", "agreed to begin talks with X": intent to meet is agreement too, CAMEO 036.)
  if (!['AIDED', 'SUPPORTED', 'COOPERATED', 'CONSULTED'].includes(relation)) return undefined;
  const head = tree.head(v);
  // "announced plans to work with Y", "its commitment to help Y": a noun of intent with its infinitive.
  if (tok.dep === 'acl' && PROMISE_NOUNS.has(head.lemma.toLowerCase()) && tree.children(v, 'aux').some((a) => a.text.toLowerCase() === 'to') && !isNegated(tree, v)) return head.i;
  if (tok.dep !== 'xcomp') return undefined;
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
