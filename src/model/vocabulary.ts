/**
 * The knowledge model of newsgraph (../shared/ontology.md), encoded once. Validation, Cypher
 * labels and relationship types, the GraphQL enums, the extractor and the GDELT importer all
 * derive from these tables; tests/unit/vocabulary.test.ts checks that they agree.
 */

/** Entity type = the node label added next to `Entity`. */
export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Operation', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Kinds an Organization may have. */
export const ORGANIZATION_KINDS = [
  'government',
  'military',
  'intelligence',
  'police',
  'armed_group',
  'criminal_group',
  'media',
  'international',
  'political_party',
  'business',
  'civil_society',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Person, Country or Organization: who can act. */
export const ACTOR_TYPES = ['Person', 'Country', 'Organization'] as const satisfies readonly EntityType[];

export type PloverCategory =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** One relation type of the vocabulary. */
export interface RelationSpec {
  /** Relationship type in Neo4j and GraphQL enum value. */
  type: string;
  subjects: readonly EntityType[];
  objects: readonly EntityType[];
  /** CAMEO codes (root or specific) this relation corresponds to; importers map from these. */
  cameo: readonly string[];
  plover: PloverCategory | null;
  /** Relation-specific properties a fact may carry. */
  properties: readonly string[];
  /** `specific` types come from the ontology; `generic` ones are PLOVER categories for imported events. */
  tier: 'structural' | 'specific' | 'generic';
  description: string;
  /**
   * For an ending relation: the relation type it closes. An ending fact between the same
   * subject and object (either direction when `endsEitherWay`) sets the earlier fact's validTo
   * to its own validFrom (write/link-facts); both facts keep their sources.
   */
  ends?: string;
  /** The ending relation closes the ended fact in either direction (an alliance is mutual). */
  endsEitherWay?: boolean;
}

const actor = ACTOR_TYPES;
const actorOrOperation = [...ACTOR_TYPES, 'Operation'] as const;

/** Every relation type, in the order the ontology lists them. */
export const RELATIONS = [
  { type: 'HOLDS_OFFICE', subjects: ['Person'], objects: ['Country', 'Organization'], cameo: [], plover: null, properties: ['title'], tier: 'structural', description: 'holds an office in a state or organisation' },
  { type: 'PART_OF', subjects: ['Organization'], objects: ['Country', 'Organization'], cameo: [], plover: null, properties: ['role'], tier: 'structural', description: 'structural membership (an agency of a state, a splinter of a group)' },
  { type: 'ALLY_OF', subjects: ['Country', 'Organization'], objects: ['Country', 'Organization'], cameo: ['06'], plover: 'COOPERATE', properties: ['designation'], tier: 'specific', description: 'standing alliance or partnership' },
  { type: 'SANCTIONED', subjects: actor, objects: actor, cameo: ['163', '16'], plover: 'SANCTION', properties: ['measure'], tier: 'specific', description: 'imposed sanctions, an embargo or a boycott' },
  { type: 'SUSPENDED_INTELLIGENCE_SHARING_WITH', subjects: actor, objects: actor, cameo: ['16'], plover: 'SANCTION', properties: [], tier: 'specific', description: 'halted intelligence cooperation' },
  { type: 'CRITICIZED', subjects: actor, objects: actorOrOperation, cameo: ['111', '11'], plover: 'ACCUSE', properties: [], tier: 'specific', description: 'criticized or denounced' },
  { type: 'ACCUSED', subjects: actor, objects: actor, cameo: ['112'], plover: 'ACCUSE', properties: ['allegation'], tier: 'specific', description: 'accused of wrongdoing' },
  { type: 'DENIED', subjects: actor, objects: actor, cameo: ['1', '12'], plover: 'REJECT', properties: ['allegation'], tier: 'specific', description: "denied another actor's allegation" },
  { type: 'DISTANCED_FROM', subjects: actor, objects: actorOrOperation, cameo: ['16'], plover: 'REJECT', properties: [], tier: 'specific', description: 'publicly distanced itself from an action or actor' },
  { type: 'ORDERED', subjects: ['Person', 'Organization'], objects: actorOrOperation, cameo: [], plover: null, properties: ['measure'], tier: 'specific', description: 'ordered an operation or a measure' },
  { type: 'CONDUCTED', subjects: actor, objects: ['Operation'], cameo: ['19'], plover: 'ASSAULT', properties: [], tier: 'specific', description: 'carried out a military or security operation' },
  { type: 'ATTACKED', subjects: actorOrOperation, objects: actor, cameo: ['18', '19', '20'], plover: 'ASSAULT', properties: ['casualties'], tier: 'specific', description: 'used force against' },
  { type: 'OCCURRED_IN', subjects: ['Operation'], objects: ['Place', 'Country'], cameo: [], plover: null, properties: [], tier: 'structural', description: 'where an operation takes place' },
  // Generic PLOVER categories, for imported event data whose code has no specific type above.
  { type: 'AGREED', subjects: actor, objects: actor, cameo: ['03', '05', '08'], plover: 'AGREE', properties: [], tier: 'generic', description: 'agreed, promised or expressed intent to cooperate' },
  { type: 'CONSULTED', subjects: actor, objects: actor, cameo: ['04'], plover: 'CONSULT', properties: [], tier: 'generic', description: 'consulted, met or negotiated' },
  { type: 'SUPPORTED', subjects: actor, objects: actorOrOperation, cameo: ['05', '051'], plover: 'SUPPORT', properties: [], tier: 'generic', description: 'expressed support or approval' },
  { type: 'CONCEDED', subjects: actor, objects: actor, cameo: ['08'], plover: 'CONCEDE', properties: [], tier: 'generic', description: 'yielded, eased restrictions or made a concession' },
  { type: 'COOPERATED', subjects: actor, objects: actor, cameo: ['06', '061', '062', '064'], plover: 'COOPERATE', properties: [], tier: 'generic', description: 'cooperated materially, economically or militarily' },
  { type: 'AIDED', subjects: actor, objects: actor, cameo: ['07'], plover: 'AID', properties: [], tier: 'generic', description: 'provided aid' },
  { type: 'RETREATED', subjects: actor, objects: actor, cameo: ['087'], plover: 'RETREAT', properties: [], tier: 'generic', description: 'withdrew or demobilised' },
  { type: 'REQUESTED', subjects: actor, objects: actor, cameo: ['02', '10'], plover: 'REQUEST', properties: [], tier: 'generic', description: 'appealed for or requested something' },
  { type: 'REJECTED', subjects: actor, objects: actor, cameo: ['12'], plover: 'REJECT', properties: [], tier: 'generic', description: 'rejected a proposal or demand' },
  { type: 'THREATENED', subjects: actor, objects: actor, cameo: ['13'], plover: 'THREATEN', properties: [], tier: 'generic', description: 'threatened' },
  { type: 'PROTESTED', subjects: actor, objects: actor, cameo: ['14'], plover: 'PROTEST', properties: [], tier: 'generic', description: 'protested or demonstrated against' },
  { type: 'MOBILIZED', subjects: actor, objects: actor, cameo: ['15'], plover: 'MOBILIZE', properties: [], tier: 'generic', description: 'exhibited force posture or mobilised' },
  { type: 'COERCED', subjects: actor, objects: actor, cameo: ['17'], plover: 'COERCE', properties: [], tier: 'generic', description: 'coerced, arrested or repressed' },
  // Ending relations: an article reporting an end closes the earlier fact's validity (validTo).
  { type: 'LIFTED_SANCTIONS_ON', subjects: actor, objects: actor, cameo: ['081', '085'], plover: 'CONCEDE', properties: ['measure'], tier: 'specific', description: 'lifted or eased sanctions it had imposed (ends SANCTIONED)', ends: 'SANCTIONED' },
  { type: 'RESUMED_INTELLIGENCE_SHARING_WITH', subjects: actor, objects: actor, cameo: [], plover: 'COOPERATE', properties: [], tier: 'specific', description: 'resumed intelligence cooperation it had suspended (ends SUSPENDED_INTELLIGENCE_SHARING_WITH)', ends: 'SUSPENDED_INTELLIGENCE_SHARING_WITH' },
  { type: 'ENDED_ALLIANCE_WITH', subjects: ['Country', 'Organization'], objects: ['Country', 'Organization'], cameo: [], plover: 'REJECT', properties: [], tier: 'specific', description: 'ended a standing alliance or partnership (ends ALLY_OF, either direction)', ends: 'ALLY_OF', endsEitherWay: true },
  { type: 'ENDED_OPERATION', subjects: actor, objects: ['Operation'], cameo: [], plover: null, properties: [], tier: 'specific', description: 'ended or withdrew from an operation it conducted (ends CONDUCTED)', ends: 'CONDUCTED' },
] as const satisfies readonly RelationSpec[];

export type RelationType = (typeof RELATIONS)[number]['type'];

/** Relation types, in vocabulary order. */
export const RELATION_TYPES: readonly RelationType[] = RELATIONS.map((r) => r.type);

const byType = new Map<string, RelationSpec>(RELATIONS.map((r) => [r.type, r]));

/** The spec of a relation type, or undefined when the type is not in the vocabulary. */
export function relationSpec(type: string): RelationSpec | undefined {
  return byType.get(type);
}

/** True when `type` is a relation type of the vocabulary (safe to splice into Cypher as a type). */
export function isRelationType(type: string): type is RelationType {
  return byType.has(type);
}

/** Ending relation type -> the relation type it closes (LIFTED_SANCTIONS_ON -> SANCTIONED, ...). */
export const ENDING_RELATIONS: Readonly<Record<string, string>> = Object.fromEntries(
  (RELATIONS as readonly RelationSpec[]).flatMap((r) => (r.ends ? [[r.type, r.ends]] : [])),
);

/** Ending relation types that close the ended fact in either direction (ENDED_ALLIANCE_WITH). */
export const ENDS_EITHER_WAY: readonly string[] = (RELATIONS as readonly RelationSpec[]).filter((r) => r.endsEitherWay).map((r) => r.type);

/** Relation type -> the ending relation types that close it (SANCTIONED -> [LIFTED_SANCTIONS_ON]). */
export const ENDED_BY: Readonly<Record<string, string[]>> = Object.entries(ENDING_RELATIONS).reduce<Record<string, string[]>>((acc, [ending, ended]) => {
  (acc[ended] ??= []).push(ending);
  return acc;
}, {});

/**
 * Relations a DENIED fact can answer: the allegations (ACCUSED, CRITICIZED). DENIED(X, Y)
 * answers a fact Y -> X of these types when their `allegation` properties agree (or either
 * has none); the answered fact becomes contested.
 */
export const DENIABLE_RELATIONS: readonly string[] = (RELATIONS as readonly RelationSpec[]).filter((r) => r.plover === 'ACCUSE').map((r) => r.type);

/**
 * Hostile relations for alliesAtOdds: the PLOVER categories of conflict, with a severity
 * weight each (score = sum over hostile facts of weight x publisherCount).
 */
export const HOSTILE_WEIGHTS: Readonly<Partial<Record<PloverCategory, number>>> = {
  ACCUSE: 1,
  REJECT: 1,
  PROTEST: 1,
  THREATEN: 1.5,
  SANCTION: 2,
  MOBILIZE: 2,
  COERCE: 2,
  ASSAULT: 3,
};

/**
 * Hostile relation type -> its weight (from HOSTILE_WEIGHTS by PLOVER category), for relations
 * aimed at an actor (CONDUCTED, aimed at an Operation, is not hostile itself: it is how an
 * operation is rolled up to whoever conducted it); ending relations are never hostile.
 */
export const HOSTILE_RELATIONS: Readonly<Record<string, number>> = Object.fromEntries(
  (RELATIONS as readonly RelationSpec[]).flatMap((r) =>
    r.plover && HOSTILE_WEIGHTS[r.plover] !== undefined && !r.ends && r.objects.some((t) => (ACTOR_TYPES as readonly string[]).includes(t)) ? [[r.type, HOSTILE_WEIGHTS[r.plover]!]] : [],
  ),
);

/** True when `type` is an entity type of the vocabulary (safe to splice into Cypher as a label). */
export function isEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

/**
 * Fact status: stated by the article itself, reported as someone else's claim, or reported as
 * denied by someone (a denied source never removes the fact: it makes it contested).
 */
export const FACT_STATUSES = ['asserted', 'reported', 'denied'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Strings sort chronologically. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True when `value` is a well-formed partial date whose day exists in its month. */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  if (value.length < 10) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
