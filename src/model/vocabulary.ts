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

/** True when `type` is an entity type of the vocabulary (safe to splice into Cypher as a label). */
export function isEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

/** Fact status: stated by the article itself, or reported as someone else's claim. */
export const FACT_STATUSES = ['asserted', 'reported'] as const;
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
