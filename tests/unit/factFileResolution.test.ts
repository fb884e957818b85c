import { describe, expect, it } from 'vitest';
import { factFileSchema, type FactFileInput } from '../../src/ingest/factFileSchema.ts';
import { resolveEntities } from '../../src/ingest/resolveEntities.ts';
import { defaultEntityRegistry } from '../../src/model/entityRegistry.ts';

const registry = defaultEntityRegistry();
const file = (input: Omit<FactFileInput, 'article'>) => factFileSchema.parse({ article: { id: 'r', title: 'R' }, ...input });

describe('entity resolution', () => {
  it('maps registry aliases, in fact references and listed entities, to the canonical id', () => {
    const r = resolveEntities(
      file({
        entities: [{ id: 'united-states', type: 'Country', name: 'United States', aliases: ['the U.S.'] }],
        facts: [{ subject: 'Washington', relation: 'ALLY_OF', object: 'bogota', evidence: 'e' }],
      }),
      registry,
      [],
    );
    expect(r.idOf.get('united-states')).toBe('USA');
    expect(r.idOf.get('Washington')).toBe('USA');
    expect(r.idOf.get('bogota')).toBe('COL');
    expect([...r.entities.keys()].sort()).toEqual(['COL', 'USA']);
    expect(r.entities.get('USA')!.aliases).toContain('the U.S.');
    expect(r.issues).toEqual([]);
  });

  it('matches graph entities by alias key, but never across types', () => {
    const graph = [{ id: 'grand-fenwick', type: 'Country', aliasKeys: ['grand fenwick', 'fenwick'] }];
    const same = resolveEntities(file({ entities: [{ id: 'gf', type: 'Country', name: 'Fenwick' }] }), registry, graph);
    expect(same.idOf.get('gf')).toBe('grand-fenwick');
    expect(same.existing.has('grand-fenwick')).toBe(true);
    const person = resolveEntities(file({ entities: [{ id: 'mr-fenwick', type: 'Person', name: 'Fenwick' }] }), registry, graph);
    expect(person.idOf.get('mr-fenwick')).toBe('mr-fenwick');
    expect(person.existing.size).toBe(0);
  });

  it('reports a reference found nowhere as dangling', () => {
    const r = resolveEntities(file({ facts: [{ subject: 'USA', relation: 'SANCTIONED', object: 'nowhere-land', evidence: 'e' }] }), registry, []);
    expect(r.issues).toEqual([{ path: ['facts', 0, 'object'], message: expect.stringMatching(/dangling reference "nowhere-land"/) }]);
  });
});
