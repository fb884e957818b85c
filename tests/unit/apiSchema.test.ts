import { describe, expect, it } from 'vitest';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { loadTypeDefs } from '../../src/api/loadSchema.ts';
import { decodeCursor, encodeCursor, toConnection } from '../../src/api/pagination.ts';
import { matchScore, rankSearchHits, searchKey } from '../../src/api/rankSearchHits.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { ENTITY_TYPES, FACT_STATUSES, RELATION_TYPES } from '../../src/model/vocabulary.ts';

describe('schema.graphql', () => {
  const schema = buildSchema(loadTypeDefs(PROJECT_ROOT));
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

  it('has enums whose values equal the vocabulary', () => {
    expect(values('EntityType')).toEqual([...ENTITY_TYPES]);
    expect(values('RelationType')).toEqual([...RELATION_TYPES]);
    expect(values('FactStatus')).toEqual([...FACT_STATUSES]);
    expect(values('Direction')).toEqual(['OUTGOING', 'INCOMING', 'BOTH']);
  });

  it('keeps the fields the explorer page relies on', () => {
    const fields = (type: string) => Object.keys((schema.getType(type) as any).getFields());
    expect(fields('Query')).toEqual(
      expect.arrayContaining(['database', 'entity', 'entities', 'search', 'neighbourhood', 'shortestPaths', 'subgraph', 'facts', 'article', 'articles', 'stats', 'dateRange']),
    );
    expect(fields('Mutation')).toEqual(['ingestArticle', 'retractArticle']);
    expect(fields('Entity')).toEqual(['id', 'type', 'name', 'aliases', 'kind', 'description', 'offices', 'relations', 'timeline', 'degree']);
    expect(fields('Fact')).toEqual(expect.arrayContaining(['id', 'relation', 'subject', 'object', 'properties', 'firstDate', 'lastDate', 'sourceCount', 'status', 'confidence', 'sources']));
    expect(fields('Source')).toEqual(expect.arrayContaining(['article', 'evidence', 'date', 'confidence', 'status']));
    expect(fields('Subgraph')).toEqual(['nodes', 'edges', 'truncated']);
    expect(fields('Path')).toEqual(['length', 'entities', 'facts']);
  });

  it('implements the issue-16 contract the explorer codes against (notes/issue16-contract.graphql)', () => {
    const type = (name: string) => schema.getType(name) as any;
    const args = (typeName: string, field: string) => type(typeName).getFields()[field].args.map((a: any) => a.name);
    expect(Object.keys(type('Fact').getFields())).toEqual(expect.arrayContaining(['validFrom', 'validTo', 'endedBy', 'recordedAt', 'retractedAt', 'publisherCount', 'contested', 'denials']));
    expect(Object.keys(type('Source').getFields())).toEqual(expect.arrayContaining(['validFrom', 'validTo', 'recordedAt']));
    expect(Object.keys(type('Denial').getFields())).toEqual(['fact', 'source']);
    expect(Object.keys(type('AlliesAtOdds').getFields())).toEqual(['a', 'b', 'alliances', 'hostileFacts', 'hostileCount', 'score']);
    for (const [t, f] of [['Query', 'neighbourhood'], ['Query', 'subgraph'], ['Query', 'shortestPaths'], ['Query', 'facts'], ['Entity', 'relations'], ['Entity', 'timeline'], ['Query', 'alliesAtOdds']]) {
      expect(args(t!, f!), `${t}.${f}`).toEqual(expect.arrayContaining(['asOf', 'knownAt']));
    }
    expect(args('Query', 'alliesAtOdds')).toEqual(['from', 'to', 'asOf', 'knownAt', 'first']);
    expect(args('Query', 'corroboration')).toEqual(['relationTypes', 'minPublishers', 'first', 'after']);
    expect(args('Query', 'contested')).toEqual(['relationTypes', 'first', 'after']);
    expect(type('FactStatus').getValues().map((v: any) => v.name)).toContain('denied');
  });
});

describe('cursors and connections', () => {
  it('round-trips a cursor to the next offset and refuses foreign cursors', () => {
    expect(decodeCursor(encodeCursor(4))).toBe(5);
    expect(decodeCursor(undefined)).toBe(0);
    expect(() => decodeCursor('abc')).toThrow(/after: "abc" is not a cursor/);
  });

  it('says whether there is a next page', () => {
    expect(toConnection(['a', 'b'], 0, 3).pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
    expect(toConnection(['c'], 2, 3).pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(2) });
    expect(toConnection([], 0, 0).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});

describe('search ranking', () => {
  const candidates = [
    { id: 'COL', name: 'Colombia', aliases: ['Bogota'], aliasKeys: [] },
    { id: 'farc', name: 'FARC', aliases: ['Revolutionary Armed Forces of Colombia'], aliasKeys: [] },
    { id: 'gustavo-petro', name: 'Gustavo Petro', aliases: ['Petro'], aliasKeys: [] },
    { id: 'jean-noel-barrot', name: 'Jean-Noël Barrot', aliases: [], aliasKeys: [] },
  ];

  it('folds case, accents and punctuation', () => {
    expect(searchKey('Jean-Noël  BARROT')).toBe('jean noel barrot');
  });

  it('ranks exact over prefix over word prefix over typo, and drops non-matches', () => {
    expect(matchScore('petro', 'petro')).toBe(1);
    expect(matchScore('gus', 'gustavo petro')).toBeGreaterThan(matchScore('pet', 'gustavo petro'));
    expect(matchScore('colmbia', 'colombia')).toBeGreaterThan(0);
    expect(matchScore('colmbia', 'colombia')).toBeLessThan(matchScore('col', 'colombia'));
    expect(matchScore('xyz', 'colombia')).toBe(0);
  });

  it('puts the entity named by a typo first, above one that only has the word in an alias', () => {
    const hits = rankSearchHits('Colmbia', candidates, 10);
    expect(hits[0]!.id).toBe('COL');
    expect(hits.map((h) => h.id)).not.toContain('jean-noel-barrot');
    expect(rankSearchHits('noel', candidates, 10)[0]!.id).toBe('jean-noel-barrot');
    expect(rankSearchHits('petro', candidates, 1)).toEqual([{ id: 'gustavo-petro', score: 1 }]);
  });
});

describe('knownAt (record time) arguments', () => {
  it('keeps partial dates, normalises date-times to ISO UTC with milliseconds, refuses the rest naming knownAt', async () => {
    const { normalizeKnownAt } = await import('../../src/api/compile/timeFilters.ts');
    expect(normalizeKnownAt('2025-11')).toBe('2025-11');
    expect(normalizeKnownAt('2025-11-12T10:00:00Z')).toBe('2025-11-12T10:00:00.000Z');
    expect(normalizeKnownAt('2025-11-12T10:00+02:00')).toBe('2025-11-12T08:00:00.000Z');
    expect(normalizeKnownAt(null)).toBeNull();
    for (const bad of ['yesterday', '2025-11-12T10:00:00', '2025-13']) expect(() => normalizeKnownAt(bad)).toThrow(/knownAt must be an ISO date-time with a time zone/);
  });
});
