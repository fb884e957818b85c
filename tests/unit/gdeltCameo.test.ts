import { describe, expect, it } from 'vitest';
import { relationForCameo } from '../../src/importers/gdelt/cameoRelation.ts';
import { RELATIONS, relationSpec } from '../../src/model/vocabulary.ts';

const map = (code: string) => relationForCameo(code, 'Country', 'Country');

describe('CAMEO event code -> vocabulary relation', () => {
  it('uses a specific relation when the vocabulary lists the code (or a 3-digit prefix of it)', () => {
    expect(map('163')).toBe('SANCTIONED');
    expect(map('1631')).toBe('SANCTIONED');
    expect(map('111')).toBe('CRITICIZED');
    expect(map('112')).toBe('ACCUSED');
    expect(map('1121')).toBe('ACCUSED');
  });

  it('falls back to the generic PLOVER relation of the root code, longest prefix first', () => {
    expect(map('040')).toBe('CONSULTED');
    expect(map('046')).toBe('CONSULTED');
    expect(map('061')).toBe('COOPERATED');
    expect(map('087')).toBe('RETREATED');
    expect(map('080')).toBe('CONCEDED'); // 08 is CONCEDED's primary code, not AGREED's
    // 081 / 085 (ease administrative / economic sanctions) are the ending relation LIFTED_SANCTIONS_ON (issue 16)
    expect(map('081')).toBe('LIFTED_SANCTIONS_ON');
    expect(map('085')).toBe('LIFTED_SANCTIONS_ON');
    expect(map('084')).toBe('CONCEDED');
    expect(map('036')).toBe('AGREED');
    expect(map('020')).toBe('REQUESTED');
    expect(map('100')).toBe('REQUESTED');
    expect(map('120')).toBe('REJECTED');
    expect(map('138')).toBe('THREATENED');
    expect(map('141')).toBe('PROTESTED');
    expect(map('173')).toBe('COERCED');
  });

  it('then to a specific relation claiming the whole root family', () => {
    expect(map('190')).toBe('ATTACKED');
    expect(map('1821')).toBe('ATTACKED');
    expect(map('160')).toBe('SANCTIONED');
    expect(map('110')).toBe('CRITICIZED');
  });

  it('maps public statements and investigations to nothing (they are counted as unmapped)', () => {
    expect(map('010')).toBeUndefined();
    expect(map('043')).toBe('CONSULTED');
    expect(map('090')).toBeUndefined();
  });

  it('rejects strings that are not CAMEO codes', () => {
    for (const bad of ['', '0', '1', '12', 'X99', '210', '00', '12345', '04a']) expect(map(bad)).toBeUndefined();
  });

  it('only returns relations whose subject and object types allow the actors', () => {
    // CONDUCTED lists 19 but needs an Operation object: country-to-country fighting is ATTACKED.
    expect(relationSpec('CONDUCTED')!.cameo).toContain('19');
    expect(map('190')).not.toBe('CONDUCTED');
    for (let root = 1; root <= 20; root++) {
      for (const tail of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) {
        const type = map(`${String(root).padStart(2, '0')}${tail}`);
        if (type === undefined) continue;
        const spec = RELATIONS.find((r) => r.type === type)!;
        expect(spec.tier).not.toBe('structural');
        expect(spec.subjects).toContain('Country');
        expect(spec.objects).toContain('Country');
      }
    }
  });
});
