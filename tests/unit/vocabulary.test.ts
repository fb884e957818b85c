import { describe, expect, it } from 'vitest';
import {
  ACTOR_TYPES,
  ENDED_BY,
  ENDING_RELATIONS,
  ENDS_EITHER_WAY,
  ENTITY_TYPES,
  FACT_STATUSES,
  HOSTILE_RELATIONS,
  ORGANIZATION_KINDS,
  RELATIONS,
  RELATION_TYPES,
  isEntityType,
  isPartialDate,
  isRelationType,
  relationSpec,
} from '../../src/model/vocabulary.ts';

// The ontology's tables (../shared/ontology.md), restated here so that a vocabulary edit that
// drops or renames one of them fails loudly.
const ONTOLOGY_SPECIFIC = [
  'HOLDS_OFFICE', 'PART_OF', 'ALLY_OF', 'SANCTIONED', 'SUSPENDED_INTELLIGENCE_SHARING_WITH', 'CRITICIZED', 'ACCUSED',
  'DENIED', 'DISTANCED_FROM', 'ORDERED', 'CONDUCTED', 'ATTACKED', 'OCCURRED_IN',
];
const ONTOLOGY_GENERIC = ['AGREED', 'CONSULTED', 'SUPPORTED', 'CONCEDED', 'COOPERATED', 'AIDED', 'RETREATED', 'REQUESTED', 'REJECTED', 'THREATENED', 'PROTESTED', 'MOBILIZED', 'COERCED'];
// Issue 16: the ending relations, after the generic ones, each naming the relation it closes.
const ENDING = { LIFTED_SANCTIONS_ON: 'SANCTIONED', RESUMED_INTELLIGENCE_SHARING_WITH: 'SUSPENDED_INTELLIGENCE_SHARING_WITH', ENDED_ALLIANCE_WITH: 'ALLY_OF', ENDED_OPERATION: 'CONDUCTED' };
const ONTOLOGY_KINDS = ['government', 'military', 'intelligence', 'armed_group', 'criminal_group', 'media', 'international', 'other'];

describe('vocabulary', () => {
  it('has every relation type of the ontology, each once, in ontology order', () => {
    expect(new Set(RELATION_TYPES).size).toBe(RELATION_TYPES.length);
    expect(RELATION_TYPES.slice(0, ONTOLOGY_SPECIFIC.length)).toEqual(ONTOLOGY_SPECIFIC);
    expect(RELATION_TYPES.slice(ONTOLOGY_SPECIFIC.length, ONTOLOGY_SPECIFIC.length + ONTOLOGY_GENERIC.length)).toEqual(ONTOLOGY_GENERIC);
    expect(RELATION_TYPES.slice(ONTOLOGY_SPECIFIC.length + ONTOLOGY_GENERIC.length)).toEqual(Object.keys(ENDING));
    expect(ENDING_RELATIONS).toEqual(ENDING);
    expect(ENDS_EITHER_WAY).toEqual(['ENDED_ALLIANCE_WITH']);
    expect(ENDED_BY.SANCTIONED).toEqual(['LIFTED_SANCTIONS_ON']);
    expect(RELATIONS.filter((r) => r.tier === 'generic').map((r) => r.type)).toEqual(ONTOLOGY_GENERIC);
  });

  it('names relation types as valid, unquoted Cypher relationship types', () => {
    for (const type of RELATION_TYPES) expect(type).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    for (const type of ENTITY_TYPES) expect(type).toMatch(/^[A-Z][A-Za-z]+$/);
  });

  it('allows only known entity types as subjects and objects, never an empty list', () => {
    for (const r of RELATIONS) {
      expect(r.subjects.length, r.type).toBeGreaterThan(0);
      expect(r.objects.length, r.type).toBeGreaterThan(0);
      for (const t of [...r.subjects, ...r.objects]) expect(isEntityType(t), `${r.type}: ${t}`).toBe(true);
    }
    for (const t of ACTOR_TYPES) expect(isEntityType(t)).toBe(true);
  });

  it('matches the ontology on the subject / object types of the structural relations', () => {
    expect(relationSpec('HOLDS_OFFICE')).toMatchObject({ subjects: ['Person'], objects: ['Country', 'Organization'] });
    expect(relationSpec('PART_OF')).toMatchObject({ subjects: ['Organization'], objects: ['Country', 'Organization'] });
    expect(relationSpec('OCCURRED_IN')).toMatchObject({ subjects: ['Operation'], objects: ['Place', 'Country'] });
    expect(relationSpec('CONDUCTED')?.objects).toEqual(['Operation']);
    expect(relationSpec('ATTACKED')?.subjects).toContain('Operation');
  });

  it('gives relation properties as unique lower-camel names, and the ontology ones where it names them', () => {
    for (const r of RELATIONS) {
      expect(new Set(r.properties).size, r.type).toBe(r.properties.length);
      for (const p of r.properties) expect(p).toMatch(/^[a-z][a-zA-Z]*$/);
    }
    expect(relationSpec('HOLDS_OFFICE')?.properties).toContain('title');
    expect(relationSpec('ALLY_OF')?.properties).toContain('designation');
    expect(relationSpec('ACCUSED')?.properties).toContain('allegation');
    expect(relationSpec('ATTACKED')?.properties).toContain('casualties');
  });

  it('uses CAMEO codes of digits, and a PLOVER category wherever there is a CAMEO code', () => {
    for (const r of RELATIONS) {
      for (const code of r.cameo) expect(code, r.type).toMatch(/^\d{1,4}$/);
      if (r.cameo.length) expect(r.plover, r.type).not.toBeNull();
      if (r.tier === 'generic') expect(r.cameo.length, r.type).toBeGreaterThan(0);
    }
    expect(relationSpec('SANCTIONED')?.cameo).toContain('163');
    expect(relationSpec('SANCTIONED')?.plover).toBe('SANCTION');
  });

  it('has the ontology organisation kinds and fact statuses', () => {
    for (const kind of ONTOLOGY_KINDS) expect(ORGANIZATION_KINDS).toContain(kind);
    expect(FACT_STATUSES).toEqual(['asserted', 'reported', 'denied']);
  });

  it('accepts only vocabulary names as Cypher labels and types', () => {
    expect(isRelationType('SANCTIONED')).toBe(true);
    expect(isRelationType('SANCTIONED]->() DETACH DELETE n //')).toBe(false);
    expect(isEntityType('Person')).toBe(true);
    expect(isEntityType('Article')).toBe(false);
  });

  it('checks partial dates, including that the day exists', () => {
    for (const ok of ['2025', '2025-10', '2025-10-03', '2024-02-29']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['25', '2025-13', '2025-02-30', '2023-02-29', '2025/10/03', '2025-1', '']) expect(isPartialDate(bad), bad).toBe(false);
  });

  it('weighs hostile relations by PLOVER category, aimed at actors only (CONDUCTED rolls operations up, endings are not hostile)', () => {
    expect(HOSTILE_RELATIONS).toMatchObject({ SANCTIONED: 2, SUSPENDED_INTELLIGENCE_SHARING_WITH: 2, ACCUSED: 1, CRITICIZED: 1, DISTANCED_FROM: 1, ATTACKED: 3, THREATENED: 1.5 });
    for (const type of ['CONDUCTED', 'ALLY_OF', 'LIFTED_SANCTIONS_ON', 'ENDED_ALLIANCE_WITH', 'HOLDS_OFFICE', 'COOPERATED']) expect(HOSTILE_RELATIONS[type], type).toBeUndefined();
  });
});
