import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { normalizeAlias } from '../../src/model/aliasKeys.ts';
import { createEntityRegistry, loadEntityRegistry } from '../../src/ingest/loadEntityRegistry.ts';

describe('entity registry', () => {
  const registry = loadEntityRegistry(PROJECT_ROOT);

  it('normalises case, accents and punctuation', () => {
    expect(normalizeAlias('U.S.')).toBe('us');
    expect(normalizeAlias('Jean-Noël  BARROT')).toBe('jean noel barrot');
    expect(normalizeAlias('Bogotá')).toBe(normalizeAlias('bogota'));
    expect(normalizeAlias('The Colombian leader')).toBe('colombian leader');
  });

  it.each([
    ['US', 'USA'],
    ['U.S.', 'USA'],
    ['united states', 'USA'],
    ['Washington', 'USA'],
    ['Bogota', 'COL'],
    ['BOGOTÁ', 'COL'],
    ['the Colombian leader', 'gustavo-petro'],
    ['Jean-Noel Barrot', 'jean-noel-barrot'],
    ['USA', 'USA'],
    ['gustavo-petro', 'gustavo-petro'],
  ])('resolves %s to %s', (surface, id) => {
    expect(registry.resolve(surface)?.id).toBe(id);
  });

  it('does not resolve unknown names', () => {
    expect(registry.resolve('Grand Fenwick')).toBeUndefined();
  });

  it('has every seed id of the ontology', () => {
    for (const id of ['USA', 'COL', 'GBR', 'FRA', 'CAN', 'gustavo-petro', 'jean-noel-barrot', 'dave-decamp', 'trump-administration', 'us-security-agencies', 'colombian-public-security-forces', 'ex-farc-splinter-group', 'farc', 'drug-cartels', 'antiwar-com', 'us-boat-strike-campaign', 'colombian-airstrikes-on-ex-farc-splinter-group', 'caribbean', 'ibague']) {
      expect(registry.get(id), id).toBeDefined();
    }
  });

  it('rejects an alias that names two entities', () => {
    const a = { id: 'a', type: 'Country' as const, name: 'A', aliases: ['Same'] };
    const b = { id: 'b', type: 'Country' as const, name: 'B', aliases: ['same'] };
    expect(() => createEntityRegistry([a, b], 'reg.yaml')).toThrow(/"same" names both a and b/);
  });
});
