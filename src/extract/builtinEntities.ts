/**
 * Built-in international organisations and regions the extractor recognises even when the
 * registry does not list them. Ids are slugs, as for seed entities; registry and graph
 * entities take precedence over these.
 */
import type { KnownEntity } from './types.ts';

/** International bodies and well-known groups, typed with their Organization kind. */
export const BUILTIN_ORGANIZATIONS: readonly KnownEntity[] = [
  { id: 'nato', type: 'Organization', kind: 'international', name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'the alliance'] },
  { id: 'european-union', type: 'Organization', kind: 'international', name: 'European Union', aliases: ['EU', 'E.U.', 'Brussels'] },
  { id: 'united-nations', type: 'Organization', kind: 'international', name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { id: 'un-security-council', type: 'Organization', kind: 'international', name: 'UN Security Council', aliases: ['Security Council', 'U.N. Security Council', 'United Nations Security Council'] },
  { id: 'african-union', type: 'Organization', kind: 'international', name: 'African Union', aliases: ['AU'] },
  { id: 'g7', type: 'Organization', kind: 'international', name: 'G7', aliases: ['Group of Seven', 'G-7'] },
  { id: 'opec', type: 'Organization', kind: 'international', name: 'OPEC', aliases: [] },
  { id: 'iaea', type: 'Organization', kind: 'international', name: 'International Atomic Energy Agency', aliases: ['IAEA', 'UN nuclear watchdog', 'United Nations nuclear watchdog', 'U.N. nuclear watchdog', 'UN atomic agency'] },
  { id: 'icc', type: 'Organization', kind: 'international', name: 'International Criminal Court', aliases: ['ICC'] },
  // UN agencies and other bodies, with the descriptions news use for them ("the UN refugee agency").
  { id: 'unhcr', type: 'Organization', kind: 'international', name: 'UNHCR', aliases: ['UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees', 'UN refugee agency', 'United Nations refugee agency', 'U.N. refugee agency'] },
  { id: 'unicef', type: 'Organization', kind: 'international', name: 'UNICEF', aliases: ["UN Children's Fund", "United Nations Children's Fund", "UN children's agency", "United Nations children's agency", "U.N. children's agency"] },
  { id: 'wfp', type: 'Organization', kind: 'international', name: 'World Food Programme', aliases: ['WFP', 'UN food agency', 'United Nations food agency', 'U.N. food agency'] },
  { id: 'who', type: 'Organization', kind: 'international', name: 'World Health Organization', aliases: ['WHO', 'UN health agency', 'United Nations health agency', 'U.N. health agency'] },
  { id: 'unrwa', type: 'Organization', kind: 'international', name: 'UNRWA', aliases: ['UN agency for Palestinian refugees', 'United Nations agency for Palestinian refugees', 'UN Palestinian refugee agency'] },
  { id: 'unesco', type: 'Organization', kind: 'international', name: 'UNESCO', aliases: ['UN cultural agency', 'United Nations cultural agency', 'U.N. cultural agency'] },
  { id: 'ohchr', type: 'Organization', kind: 'international', name: 'UN Human Rights Office', aliases: ['OHCHR', 'UN human rights office', 'United Nations human rights office', 'U.N. human rights office'] },
  // Other international and regional bodies (general knowledge).
  { id: 'european-parliament', type: 'Organization', kind: 'international', name: 'European Parliament', aliases: ['EU Parliament', 'E.U. Parliament'] },
  { id: 'european-commission', type: 'Organization', kind: 'international', name: 'European Commission', aliases: ['EU Commission', 'E.U. Commission'] },
  { id: 'arab-league', type: 'Organization', kind: 'international', name: 'Arab League', aliases: ['League of Arab States'] },
  { id: 'asean', type: 'Organization', kind: 'international', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { id: 'ecowas', type: 'Organization', kind: 'international', name: 'ECOWAS', aliases: ['Economic Community of West African States'] },
  { id: 'gcc', type: 'Organization', kind: 'international', name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { id: 'osce', type: 'Organization', kind: 'international', name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'] },
  { id: 'imf', type: 'Organization', kind: 'international', name: 'International Monetary Fund', aliases: ['IMF'] },
  { id: 'world-bank', type: 'Organization', kind: 'international', name: 'World Bank', aliases: [] },
  { id: 'icrc', type: 'Organization', kind: 'international', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross', 'the Red Cross'] },
  { id: 'hamas', type: 'Organization', kind: 'armed_group', name: 'Hamas', aliases: [] },
  { id: 'hezbollah', type: 'Organization', kind: 'armed_group', name: 'Hezbollah', aliases: [] },
  { id: 'houthis', type: 'Organization', kind: 'armed_group', name: 'Houthis', aliases: ['the Houthis', 'Ansar Allah', 'Houthi', 'Houthi rebels', 'Houthi movement'] },
  { id: 'eln', type: 'Organization', kind: 'armed_group', name: 'National Liberation Army', aliases: ['ELN'] },
];

/** Regions and seas that are not countries. */
export const BUILTIN_PLACES: readonly KnownEntity[] = [
  { id: 'caribbean', type: 'Place', name: 'Caribbean', aliases: ['the Caribbean', 'Caribbean Sea', 'Caribbean region'] },
  { id: 'eastern-pacific', type: 'Place', name: 'eastern Pacific', aliases: ['Eastern Pacific'] },
  { id: 'red-sea', type: 'Place', name: 'Red Sea', aliases: ['the Red Sea'] },
  { id: 'black-sea', type: 'Place', name: 'Black Sea', aliases: ['the Black Sea'] },
  { id: 'baltic-sea', type: 'Place', name: 'Baltic Sea', aliases: ['the Baltic Sea', 'the Baltic'] },
  { id: 'south-china-sea', type: 'Place', name: 'South China Sea', aliases: ['the South China Sea'] },
  { id: 'persian-gulf', type: 'Place', name: 'Persian Gulf', aliases: ['the Gulf'] },
  { id: 'middle-east', type: 'Place', name: 'Middle East', aliases: ['the Middle East'] },
  { id: 'gaza', type: 'Place', name: 'Gaza', aliases: ['Gaza Strip', 'the Gaza Strip'] },
  { id: 'west-bank', type: 'Place', name: 'West Bank', aliases: ['the West Bank'] },
  { id: 'crimea', type: 'Place', name: 'Crimea', aliases: [] },
  { id: 'donbas', type: 'Place', name: 'Donbas', aliases: ['Donbass'] },
  { id: 'sahel', type: 'Place', name: 'Sahel', aliases: ['the Sahel'] },
  { id: 'strait-of-hormuz', type: 'Place', name: 'Strait of Hormuz', aliases: ['the Strait of Hormuz'] },
];
