/**
 * The extractor's built-in gazetteer (src/extract/countries.ts, builtinEntities.ts): every state
 * an article may name is known with its demonyms, and no surface form names two entities.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ORGANIZATIONS, BUILTIN_PLACES } from '../../src/extract/builtinEntities.ts';
import { COUNTRIES } from '../../src/extract/countries.ts';
import { EntityTable } from '../../src/extract/entityTable.ts';
import { normalizeSurface } from '../../src/extract/normalizeSurface.ts';

/** The 193 UN member states (ISO 3166-1 alpha-3), and the two observer states. */
const UN_MEMBERS = 'AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE'.split(' ');
const OBSERVERS = ['PSE', 'VAT'];

describe('the built-in gazetteer', () => {
  it('knows every UN member state and observer state', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const ids = new Set(COUNTRIES.map((c) => c.id));
    expect([...UN_MEMBERS, ...OBSERVERS].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('resolves small states by name, alias and demonym, and well-known groups with their kind', () => {
    const table = new EntityTable({ knownEntities: [] });
    expect(['Guyana', 'the Bahamas', 'Trinidad', 'Cabo Verde', 'the Vatican'].map((s) => table.resolve(s)?.id)).toEqual(['GUY', 'BHS', 'TTO', 'CPV', 'VAT']);
    expect(['Guyanese', 'Bahamian', 'Ni-Vanuatu'].map((d) => table.demonyms.get(d)?.id)).toEqual(['GUY', 'BHS', 'VUT']);
    expect(['Boko Haram', 'al-Shabab', 'ISIS', 'SADC', 'World Court'].map((s) => { const e = table.resolve(s); return e && `${e.id}/${e.kind}`; })).toEqual([
      'boko-haram/armed_group',
      'al-shabaab/armed_group',
      'islamic-state/armed_group',
      'sadc/international',
      'icj/international',
    ]);
  });

  it('names one entity per surface form and per demonym, and each id once', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const entries = [...COUNTRIES.map((c) => ({ id: c.id, name: c.name, aliases: [...c.aliases, ...c.demonyms] })), ...BUILTIN_ORGANIZATIONS, ...BUILTIN_PLACES];
    for (const e of entries) {
      for (const surface of [e.name, ...(e.aliases ?? [])]) {
        const key = normalizeSurface(surface);
        if (owner.has(key) && owner.get(key) !== e.id) clashes.push(`${surface}: ${owner.get(key)} / ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
    const ids = entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
