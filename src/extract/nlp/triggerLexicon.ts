/**
 * Trigger lexicons: which verb lemmas (and a few nominalisations) express which relation,
 * and where the object is (direct object, or the object of a given preposition). The verb
 * lists follow CAMEO's verb dictionaries and PLOVER's event definitions, per relation type
 * (see src/model/vocabulary.ts for each relation's CAMEO codes); they are general English,
 * not words taken from any one article.
 */
import type { RelationType } from '../../model/vocabulary.ts';

/** One trigger: lemma -> relation, with the prepositions that introduce the object. */
export interface Trigger {
  relation: RelationType;
  /** The direct object is the relation's object. */
  dobj: boolean;
  /** Prepositions whose object is the relation's object ("fired at X", "met with X"). */
  preps: readonly string[];
  confidence: number;
  /** Objects must be named, not pronouns (weak, common verbs: "worked with them"). */
  named?: boolean;
  /** The direct object counts only with this preposition on the verb ("provided X with Y"). */
  dobjWith?: string;
  /** Only people as objects ("received the envoy", not "received Russian arms"). */
  persons?: boolean;
}

type Row = [RelationType, string, { dobj?: boolean; preps?: string; confidence?: number; named?: boolean; dobjWith?: string; persons?: boolean }?];

// [relation, space-separated lemmas, options]
const ROWS: Row[] = [
  // 18-20 ASSAULT / FIGHT (CAMEO 18, 19, 20)
  ['ATTACKED', 'attack shell bomb strike raid ambush invade assault storm target kill shoot hit bombard besiege overrun pound hammer blitz rocket torpedo massacre slaughter assassinate behead wound injure gun_down shoot_down blow_up ram', { preps: 'on' }],
  // ("fired rockets into X": a projectile's target after "into".)
  ['ATTACKED', 'fire fight clash open_fire hit_back strike_back retaliate', { dobj: false, preps: 'at on upon against with' }],
  ['ATTACKED', 'fire launch lob', { dobj: false, preps: 'into' }],
  ['ATTACKED', 'battle', { preps: 'with against' }],
  // "exchanged fire with X" (only with fire, shots, shells: see verbEvents), "skirmished with X".
  ['ATTACKED', 'exchange skirmish', { dobj: false, preps: 'with' }],
  // 17 COERCE (arrests, detentions, expulsions, repression)
  ['COERCED', 'arrest detain imprison jail expel deport abduct kidnap seize capture disperse suppress repress torture execute evict sentence convict prosecute outlaw shut_down crack_down ban punish', { confidence: 0.7, preps: 'on' }],
  // 16 / 163 SANCTION (and boycotts actually imposed)
  ['SANCTIONED', 'sanction blacklist embargo boycott penalize penalise', {}],
  // "froze the assets of X" (the owner; see verbEvents).
  ['SANCTIONED', 'freeze', { dobj: false }],
  // 11 DISAPPROVE / 111 criticise or denounce
  ['CRITICIZED', 'criticize criticise condemn denounce slam blast rebuke censure decry lambast lambaste deplore castigate chastise berate assail excoriate fault disparage deride ridicule scold reproach vilify chide upbraid admonish denigrate', {}],
  // "lashed out at X", "hit out at X", "railed against X" (phrasal verbs: lemma_particle).
  ['CRITICIZED', 'lash_out hit_out rail', { dobj: false, preps: 'at against' }],
  // CAMEO 110 / 114 disapprove, complain officially: "objected to X's law", "complained about X",
  // "spoke out against X", "took issue with X", "bemoaned X's decision".
  ['CRITICIZED', 'object', { dobj: false, preps: 'to' }],
  ['CRITICIZED', 'complain', { dobj: false, preps: 'about of against' }],
  ['CRITICIZED', 'speak_out', { dobj: false, preps: 'against' }],
  ['CRITICIZED', 'reprimand pillory scorn lament bemoan', {}],
  // 112 ACCUSE
  // "blamed X for Y", "blamed Y on X", "charged X with Y", "indicted X".
  ['ACCUSED', 'accuse blame charge indict', { preps: 'on' }],
  // 12 REJECT
  ['REJECTED', 'reject refuse dismiss veto rebuff spurn turn_down oppose', {}],
  // 12 / DENIED: only with an allegation as the object ("denied X's accusations"); see findRelations.
  ['DENIED', 'deny refute', {}],
  // 13 THREATEN
  ['THREATENED', 'threaten warn menace', {}],
  // 14 PROTEST
  ['PROTESTED', 'protest demonstrate rally march', { dobj: true, preps: 'against' }],
  // 15 MOBILIZE / ORDERED
  ['ORDERED', 'order instruct command authorize authorise mandate', {}],
  // 02 / 10 APPEAL, DEMAND
  ['REQUESTED', 'urge ask request demand press plead implore petition invite beseech entreat exhort lobby beg seek', { preps: 'on to upon with from' }],
  // "called X" names or phones X ("called the report biased"): only "call on / for X" asks.
  ['REQUESTED', 'call appeal', { dobj: false, preps: 'on to upon for' }],
  // 04 CONSULT
  ['CONSULTED', 'meet consult visit host telephone phone', { preps: 'with' }],
  ['CONSULTED', 'sit_down', { dobj: false, preps: 'with' }],
  // "the president received the Kenyan envoy" (CAMEO 043 host a visit): named guests only.
  ['CONSULTED', 'receive', { named: true, persons: true }],
  ['CONSULTED', 'negotiate', { dobj: false, preps: 'with' }],
  ['CONSULTED', 'talk speak', { dobj: false, preps: 'with to' }],
  ['CONSULTED', 'discuss confer', { dobj: false, preps: 'with' }],
  // 05 / 051 SUPPORT (approval, praise, endorsement)
  ['SUPPORTED', 'support back endorse welcome praise commend applaud congratulate champion hail defend uphold favor favour thank salute back_up', {}],
  // "sided with X", "rallied behind X", "voted for X", "stood by X".
  ['SUPPORTED', 'side stand', { dobj: false, preps: 'with behind by' }],
  ['SUPPORTED', 'rally', { dobj: false, preps: 'behind around' }],
  ['SUPPORTED', 'vote', { dobj: false, preps: 'for' }],
  // 06 COOPERATE
  ['COOPERATED', 'cooperate collaborate partner coordinate team_up join', { dobj: false, preps: 'with' }],
  ['COOPERATED', 'work', { dobj: false, preps: 'with', named: true }],
  ['COOPERATED', 'join', {}],
  // CAMEO 062 cooperate militarily: "fought alongside X", "worked side by side with X".
  ['COOPERATED', 'fight work operate serve patrol', { dobj: false, preps: 'alongside' }],
  // CAMEO 064 share intelligence or information: "shared intelligence with X" (see SHARED_GOODS).
  ['COOPERATED', 'share exchange', { dobj: false, preps: 'with' }],
  // 07 AID
  ['AIDED', 'aid help assist fund finance train equip supply arm bankroll subsidize subsidise resupply rearm rescue bail_out', {}],
  // "provided Yemen with weapons": the recipient is the direct object when "with" names the gift.
  ['AIDED', 'provide furnish', { dobjWith: 'with' }],
  // "provided shelter for the refugees", "pledged $2 million for X": the beneficiary of "for".
  ['AIDED', 'send give pledge offer grant lend loan ship airlift contribute dispatch channel airdrop provide deliver donate supply', { dobj: false, preps: 'to for' }],
  // 03 / 05 / 08 AGREE
  // "agreed to X's request": what is agreed to stands for its owner (see OWNED_BY in verbEvents).
  ['AGREED', 'agree sign', { dobj: false, preps: 'with to' }],
  // "accepted X's offer" (the owner of a proposal; see OWNED_BY in verbEvents).
  ['AGREED', 'accept heed', {}],
  // 08 YIELD
  ['CONCEDED', 'release free pardon', { confidence: 0.5 }],
  ['CONCEDED', 'give_in yield', { dobj: false, preps: 'to', confidence: 0.6 }],
  // 087 RETREAT
  ['RETREATED', 'withdraw retreat', { dobj: false, preps: 'from' }],
];

const BY_LEMMA = new Map<string, Trigger[]>();
for (const [relation, lemmas, o = {}] of ROWS) {
  for (const lemma of lemmas.split(' ')) {
    const list = BY_LEMMA.get(lemma) ?? [];
    list.push({ relation, dobj: o.dobj ?? true, preps: o.preps ? o.preps.split(' ') : [], confidence: o.confidence ?? 0.75, ...(o.named ? { named: true } : {}), ...(o.dobjWith ? { dobjWith: o.dobjWith } : {}), ...(o.persons ? { persons: true } : {}) });
    BY_LEMMA.set(lemma, list);
  }
}

/** Verbs whose particle changes their meaning ("backed down", "gave up", "called off"): without a row of their own they fire nothing. */
const PARTICLE_CHANGES_MEANING = new Set('back give call hold set take put turn break stand sit hit lash side'.split(' '));

/**
 * The triggers a verb lemma fires (empty when it is not a relation word). A phrasal verb
 * ("lashed out at", "gunned down") is looked up as lemma_particle first.
 */
export function triggersFor(lemma: string, particle?: string): readonly Trigger[] {
  const base = lemma.toLowerCase();
  if (particle) {
    const phrasal = BY_LEMMA.get(`${base}_${particle.toLowerCase()}`);
    if (phrasal) return phrasal;
    if (PARTICLE_CHANGES_MEANING.has(base)) return [];
  }
  return BY_LEMMA.get(base) ?? [];
}

/** Verbs that introduce reported speech or belief: their clausal complement is attributed. */
export const REPORTING_VERBS = new Set(
  'say tell claim allege report state add announce insist argue suggest believe write tweet post assert maintain contend accuse blame charge suspect note explain warn confirm acknowledge admit declare reveal disclose testify stress emphasise emphasize reiterate'.split(' '),
);

/** Adverbs and phrases that mark a clause as relayed, not asserted. */
export const HEDGES = new Set('reportedly allegedly purportedly supposedly apparently presumably possibly probably'.split(' '));

/** A trigger on an event noun or a predicative adjective: its relation and the prepositions of its object. */
export interface NounTrigger {
  relation: RelationType;
  preps: readonly string[];
  confidence: number;
}

// Nominalisations of the verbs above (CAMEO names its event classes by them): [relation, nouns, object prepositions].
const NOUN_ROWS: Array<[RelationType, string, string]> = [
  ['ATTACKED', 'attack airstrike strike raid assault bombing bombardment shelling offensive incursion invasion ambush barrage onslaught siege massacre', 'on against at upon'],
  // "opened fire on X", "Israeli fire at the convoy", "clashes with X", "an operation against X".
  ['ATTACKED', 'fire gunfire', 'on at upon'],
  ['ATTACKED', 'clash', 'with against'],
  ['ATTACKED', 'operation', 'against'],
  // "the shelling of X by Y", "Y's bombardment of X", "the killing of X by Y" (the "of" object is the target).
  ['ATTACKED', 'bombing bombardment shelling killing assassination', 'on against at upon of'],
  // "X's fight against Y", "X's war on Y" (CAMEO 19).
  ['ATTACKED', 'fight war', 'against on with'],
  // "the government's crackdown on X" (CAMEO 175 violent repression).
  ['COERCED', 'crackdown', 'on against'],
  ['THREATENED', 'threat ultimatum', 'to against'],
  ['CRITICIZED', 'criticism condemnation denunciation rebuke censure', 'of against'],
  // "expressed outrage at X's decision", "anger over X".
  ['CRITICIZED', 'outrage anger fury indignation displeasure dismay disappointment', 'at over with about'],
  // "sparked a backlash against X", "an outcry over X's decision" (CAMEO 110).
  ['CRITICIZED', 'backlash outcry uproar disapproval objection complaint', 'against over to about at'],
  // "sparked protests against X" (CAMEO 14).
  ['PROTESTED', 'protest demonstration rally', 'against'],
  ['ACCUSED', 'accusation allegation', 'against'],
  ['SANCTIONED', 'sanction embargo', 'on against'],
  ['SUPPORTED', 'support backing endorsement', 'for of to'],
  ['SUPPORTED', 'praise', 'for of'],
  ['SUPPORTED', 'solidarity', 'with'],
  ['AIDED', 'aid assistance help funding loan donation grant relief shipment delivery', 'to for'],
  // "X's request to Y", "an appeal by X to Y", "demands on Y".
  ['REQUESTED', 'request appeal plea demand', 'to on upon'],
  // "X's call on Y to ...": not "a call to" or "a call with" (a phone call).
  // ("X's call for Y to withdraw": "for" with a named actor.)
  ['REQUESTED', 'call', 'on upon for'],
  ['CONSULTED', 'talk meeting consultation discussion negotiation dialogue summit', 'with'],
  // "X's visit to Y" (CAMEO 042 make a visit).
  ['CONSULTED', 'visit', 'to'],
  ['COOPERATED', 'cooperation partnership collaboration coordination', 'with'],
  // "military exercises with X", "drills with X" (CAMEO 062).
  ['COOPERATED', 'exercise drill manoeuvre maneuver', 'with'],
  // "signed an agreement with X", "the deal between X and Y" (CAMEO 057 sign formal agreement).
  ['AGREED', 'agreement deal accord treaty pact', 'with'],
];
const BY_NOUN = new Map<string, NounTrigger>();
for (const [relation, nouns, preps] of NOUN_ROWS) for (const n of nouns.split(' ')) BY_NOUN.set(n, { relation, preps: preps.split(' '), confidence: 0.65 });
BY_NOUN.set('talks', BY_NOUN.get('talk')!);
BY_NOUN.set('negotiations', BY_NOUN.get('negotiation')!);
BY_NOUN.set('sanctions', BY_NOUN.get('sanction')!);

/** The trigger an event noun fires ("attack", "threats", "sanctions"), if any. */
export function nominalTrigger(lemma: string): NounTrigger | undefined {
  return BY_NOUN.get(lemma.toLowerCase());
}

// Predicative adjectives: "X is critical of Y", "X are supportive of Y".
const BY_ADJECTIVE = new Map<string, NounTrigger>([
  ['critical', { relation: 'CRITICIZED', preps: ['of'], confidence: 0.7 }],
  ['supportive', { relation: 'SUPPORTED', preps: ['of'], confidence: 0.7 }],
  // Experiencers of an actor's act: "X is angry at Y", "X was furious with Y's decision", "unhappy with Y" (CAMEO 110).
  ...'angry furious outraged incensed irate unhappy displeased dissatisfied disappointed upset'.split(' ').map((a): [string, NounTrigger] => [a, { relation: 'CRITICIZED', preps: ['at', 'with', 'over', 'about', 'by', 'in'], confidence: 0.6 }]),
  ['grateful', { relation: 'SUPPORTED', preps: ['to'], confidence: 0.6 }],
  ['thankful', { relation: 'SUPPORTED', preps: ['to'], confidence: 0.6 }],
]);

/** The trigger a predicative adjective fires, if any. */
export function adjectiveTrigger(lemma: string): NounTrigger | undefined {
  return BY_ADJECTIVE.get(lemma.toLowerCase());
}
