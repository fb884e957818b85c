import { describe, expect, it } from 'vitest';
import { factFileSchema, type FactFileInput } from '../../src/ingest/factFileSchema.ts';
import { resolveEntities } from '../../src/ingest/resolveEntities.ts';
import { defaultEntityRegistry } from '../../src/ingest/loadEntityRegistry.ts';

const registry = defaultEntityRegistry();
const file = (input: Omit<FactFileInput, 'article'>) => factFileSchema.parse({ article: { id: 'r', title: 'R' }, ...input });

describe('entity resolution (registry level; the graph level runs inside the write)', () => {
  it('maps registry aliases, in fact references and listed entities, to the canonical id', () => {
    const r = resolveEntities(
      file({
        entities: [{ id: 'united-states', type: 'Country', name: 'United States', aliases: ['the U.S.'] }],
        facts: [{ subject: 'Washington', relation: 'ALLY_OF', object: 'bogota', evidence: 'e' }],
      }),
      registry,
    );
    expect(r.claimOf.get('united-states')!.id).toBe('USA');
    expect(r.claimOf.get('Washington')).toBe(r.claimOf.get('united-states'));
    expect(r.claimOf.get('bogota')!.id).toBe('COL');
    expect(r.claims.map((c) => c.id).sort()).toEqual(['COL', 'USA']);
    expect(r.claimOf.get('USA')?.aliases ?? r.claimOf.get('united-states')!.aliases).toContain('the U.S.');
  });

  it('a new listed entity claims its typed name key; lookups never cross types', () => {
    const r = resolveEntities(file({ entities: [{ id: 'gf', type: 'Country', name: 'Fenwick', aliases: ['Grand Fenwick'] }] }), registry);
    const claim = r.claimOf.get('gf')!;
    expect(claim).toMatchObject({ id: 'gf', create: true, claimKey: 'Country:fenwick', keys: ['Country:fenwick', 'Country:grand fenwick'] });
    expect(claim.lookupKeys).toEqual(['Country:fenwick', 'Country:grand fenwick', 'Country:gf']);
  });

  it('a reference found nowhere becomes a lookup of any type that never creates', () => {
    const r = resolveEntities(file({ facts: [{ subject: 'USA', relation: 'SANCTIONED', object: 'nowhere-land', evidence: 'e' }] }), registry);
    const claim = r.claimOf.get('nowhere-land')!;
    expect(claim).toMatchObject({ create: false, claimKey: null, path: ['facts', 0, 'object'] });
    expect(claim.lookupKeys).toContain('Country:nowhere land');
    expect(claim.lookupKeys).toContain('Person:nowhere land');
  });
});
