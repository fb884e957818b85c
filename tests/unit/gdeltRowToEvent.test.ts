import { describe, expect, it } from 'vitest';
import { gdeltRowToEvent } from '../../src/importers/gdelt/gdeltRowToEvent.ts';
import { REQUIRED_COLUMNS, type GdeltRow } from '../../src/importers/gdelt/gdeltColumns.ts';

function row(values: Partial<GdeltRow>): GdeltRow {
  const base = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, ''])) as GdeltRow;
  return {
    ...base,
    GLOBALEVENTID: '1',
    SQLDATE: '20170615',
    EventCode: '163',
    GoldsteinScale: '-8.0',
    NumMentions: '12',
    AvgTone: '-4.25',
    DATEADDED: '20170616120000',
    SOURCEURL: 'https://www.example.org/a',
    ...values,
  };
}

const usaGov = { Actor1Code: 'USAGOV', Actor1Name: 'WASHINGTON', Actor1CountryCode: 'USA', Actor1Type1Code: 'GOV' };
const russia = { Actor2Code: 'RUS', Actor2Name: 'RUSSIA', Actor2CountryCode: 'RUS' };

describe('gdeltRowToEvent', () => {
  it('turns country + role into an organisation PART_OF the country, and keeps the event fields', () => {
    const event = gdeltRowToEvent(row({ ...usaGov, ...russia }), 7);
    if ('skip' in event) throw new Error(event.skip);
    const [sanction, partOf] = event.facts;
    expect(sanction).toMatchObject({
      factId: 'USA-GOV|SANCTIONED|RUS',
      relation: 'SANCTIONED',
      date: '2017-06-15',
      cameo: '163',
      goldstein: -8,
      avgTone: -4.25,
      numMentions: 12,
      eventId: '1',
    });
    expect(partOf).toMatchObject({ factId: 'USA-GOV|PART_OF|USA', relation: 'PART_OF' });
    expect(event.entities.find((e) => e.id === 'USA-GOV')).toMatchObject({ type: 'Organization', kind: 'government', aliases: ['Washington'] });
    expect(event.entities.find((e) => e.id === 'RUS')).toMatchObject({ type: 'Country', name: 'Russia' });
    expect(event.article).toMatchObject({ url: 'https://www.example.org/a', title: 'https://www.example.org/a', publisher: 'example.org', publishedAt: '2017-06-16' });
    expect(event.article.id).toMatch(/^gdelt-[0-9a-f]{16}$/);
  });

  it('gives the same article id for the same URL and different ids for different URLs', () => {
    const a = gdeltRowToEvent(row({ ...usaGov, ...russia }), 1);
    const b = gdeltRowToEvent(row({ ...usaGov, ...russia, GLOBALEVENTID: '2' }), 2);
    const c = gdeltRowToEvent(row({ ...usaGov, ...russia, SOURCEURL: 'https://www.example.org/b' }), 3);
    if ('skip' in a || 'skip' in b || 'skip' in c) throw new Error('skipped');
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).not.toBe(c.article.id);
  });

  it('maps known groups to GRP-<code> organisations', () => {
    const event = gdeltRowToEvent(row({ Actor1Code: 'IGOWSTNAT', Actor1Name: 'NATO', Actor1KnownGroupCode: 'NAT', Actor1Type1Code: 'IGO', ...russia, EventCode: '112' }), 1);
    if ('skip' in event) throw new Error(event.skip);
    expect(event.facts[0]!.factId).toBe('GRP-NAT|ACCUSED|RUS');
    expect(event.entities[0]).toMatchObject({ id: 'GRP-NAT', kind: 'international', name: 'Nato' });
  });

  it('does not alias a country with a name that is not the country itself', () => {
    const event = gdeltRowToEvent(row({ Actor1Code: 'USACHR', Actor1Name: 'CHRISTIAN', Actor1CountryCode: 'USA', ...russia }), 1);
    if ('skip' in event) throw new Error(event.skip);
    expect(event.entities[0]).toMatchObject({ id: 'USA', name: null, aliases: [] });
  });

  it.each([
    [{ ...russia }, 'actor-missing'],
    [{ ...usaGov, Actor2Code: 'COP', Actor2Type1Code: 'COP', Actor2Name: 'POLICE' }, 'actor-without-country'],
    [{ ...usaGov, ...russia, SQLDATE: '20170231' }, 'bad-date'],
    [{ ...usaGov, ...russia, SQLDATE: '2017-06-15' }, 'bad-date'],
    [{ ...usaGov, ...russia, EventCode: '9Z9' }, 'unknown-code'],
    [{ ...usaGov, ...russia, EventCode: '010' }, 'unmapped-code'],
    [{ ...usaGov, ...russia, SOURCEURL: ' ' }, 'missing-source-url'],
  ] as const)('skips %o as %s', (values, reason) => {
    expect(gdeltRowToEvent(row(values), 1)).toEqual({ skip: reason });
  });
});
