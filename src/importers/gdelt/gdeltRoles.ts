import type { OrganizationKind } from '../../model/vocabulary.ts';

/** What a CAMEO role (type) code becomes: the Organization kind and the name's suffix. */
export interface RoleSpec {
  kind: OrganizationKind;
  label: string;
}

/**
 * CAMEO actor role codes (Actor1Type1Code) -> Organization kind. A country plus one of
 * these is an organisation of that country (USAGOV -> `USA-GOV`, PART_OF USA); roles not
 * listed here become kind `other` with the code as label.
 */
export const GDELT_ROLES: Readonly<Record<string, RoleSpec>> = {
  GOV: { kind: 'government', label: 'government' },
  LEG: { kind: 'government', label: 'legislature' },
  JUD: { kind: 'government', label: 'judiciary' },
  ELI: { kind: 'government', label: 'elites' },
  MIL: { kind: 'military', label: 'military' },
  SPY: { kind: 'intelligence', label: 'intelligence services' },
  COP: { kind: 'police', label: 'police' },
  REB: { kind: 'armed_group', label: 'rebels' },
  INS: { kind: 'armed_group', label: 'insurgents' },
  UAF: { kind: 'armed_group', label: 'unidentified armed forces' },
  SEP: { kind: 'armed_group', label: 'separatists' },
  RAD: { kind: 'armed_group', label: 'radicals' },
  CRM: { kind: 'criminal_group', label: 'criminals' },
  MED: { kind: 'media', label: 'media' },
  BUS: { kind: 'business', label: 'business' },
  MNC: { kind: 'business', label: 'multinational corporations' },
  PTY: { kind: 'political_party', label: 'political parties' },
  OPP: { kind: 'political_party', label: 'opposition' },
  IGO: { kind: 'international', label: 'intergovernmental organisations' },
  NGO: { kind: 'civil_society', label: 'non-governmental organisations' },
  NGM: { kind: 'civil_society', label: 'non-governmental movements' },
  HRI: { kind: 'civil_society', label: 'human rights groups' },
  LAB: { kind: 'civil_society', label: 'labour' },
  EDU: { kind: 'other', label: 'education' },
  HLH: { kind: 'other', label: 'health' },
  AGR: { kind: 'other', label: 'agriculture' },
  CVL: { kind: 'other', label: 'civilians' },
  REF: { kind: 'other', label: 'refugees' },
  IMG: { kind: 'other', label: 'immigrants' },
  REL: { kind: 'other', label: 'religious leaders' },
};

/** The role spec for a CAMEO role code (kind `other`, label = code, when unlisted). */
export function roleSpec(code: string): RoleSpec {
  return GDELT_ROLES[code] ?? { kind: 'other', label: code };
}
