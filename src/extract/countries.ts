/**
 * A small built-in gazetteer of countries (ISO 3166-1 alpha-3 ids, as the graph uses): name,
 * other names, capital used as a metonym ("Washington" = the United States) and demonyms
 * ("Colombian"). It lets the extractor type countries in articles the registry has never
 * seen; registry and graph entities take precedence over it.
 */
export interface CountryEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
}

// [id, name, aliases (incl. capital), demonyms]; kept to states that appear often in the news.
const ROWS: ReadonlyArray<[string, string, string, string]> = [
  ['USA', 'United States', 'US|U.S.|USA|U.S.A.|America|United States of America|Washington', 'American|US|U.S.'],
  ['GBR', 'United Kingdom', 'UK|U.K.|Britain|Great Britain|London', 'British|UK'],
  ['FRA', 'France', 'Paris', 'French'],
  ['CAN', 'Canada', 'Ottawa', 'Canadian'],
  ['COL', 'Colombia', 'Bogota|Bogotá', 'Colombian'],
  ['VEN', 'Venezuela', 'Caracas', 'Venezuelan'],
  ['MEX', 'Mexico', 'Mexico City', 'Mexican'],
  ['BRA', 'Brazil', 'Brasilia|Brasília', 'Brazilian'],
  ['ARG', 'Argentina', 'Buenos Aires', 'Argentine|Argentinian'],
  ['CHL', 'Chile', 'Santiago', 'Chilean'],
  ['PER', 'Peru', 'Lima', 'Peruvian'],
  ['ECU', 'Ecuador', 'Quito', 'Ecuadorian'],
  ['CUB', 'Cuba', 'Havana', 'Cuban'],
  ['NIC', 'Nicaragua', 'Managua', 'Nicaraguan'],
  ['PAN', 'Panama', '', 'Panamanian'],
  ['DEU', 'Germany', 'Berlin', 'German'],
  ['ITA', 'Italy', 'Rome', 'Italian'],
  ['ESP', 'Spain', 'Madrid', 'Spanish'],
  ['NLD', 'Netherlands', 'The Hague|Holland', 'Dutch'],
  ['BEL', 'Belgium', '', 'Belgian'],
  ['POL', 'Poland', 'Warsaw', 'Polish'],
  ['SWE', 'Sweden', 'Stockholm', 'Swedish'],
  ['NOR', 'Norway', 'Oslo', 'Norwegian'],
  ['DNK', 'Denmark', 'Copenhagen', 'Danish'],
  ['FIN', 'Finland', 'Helsinki', 'Finnish'],
  ['GRC', 'Greece', 'Athens', 'Greek'],
  ['TUR', 'Turkey', 'Türkiye|Ankara', 'Turkish'],
  ['RUS', 'Russia', 'Russian Federation|Moscow|the Kremlin|Kremlin', 'Russian'],
  ['UKR', 'Ukraine', 'Kyiv|Kiev', 'Ukrainian'],
  ['BLR', 'Belarus', 'Minsk', 'Belarusian'],
  ['CHN', 'China', "People's Republic of China|Beijing", 'Chinese'],
  ['TWN', 'Taiwan', 'Taipei', 'Taiwanese'],
  ['JPN', 'Japan', 'Tokyo', 'Japanese'],
  ['KOR', 'South Korea', 'Seoul|Republic of Korea', 'South Korean'],
  ['PRK', 'North Korea', 'Pyongyang|DPRK', 'North Korean'],
  ['IND', 'India', 'New Delhi', 'Indian'],
  ['PAK', 'Pakistan', 'Islamabad', 'Pakistani'],
  ['AFG', 'Afghanistan', 'Kabul', 'Afghan'],
  ['IRN', 'Iran', 'Tehran', 'Iranian'],
  ['IRQ', 'Iraq', 'Baghdad', 'Iraqi'],
  ['SYR', 'Syria', 'Damascus', 'Syrian'],
  ['ISR', 'Israel', 'Jerusalem', 'Israeli'],
  ['LBN', 'Lebanon', 'Beirut', 'Lebanese'],
  ['JOR', 'Jordan', 'Amman', 'Jordanian'],
  ['SAU', 'Saudi Arabia', 'Riyadh', 'Saudi'],
  ['ARE', 'United Arab Emirates', 'UAE|Abu Dhabi', 'Emirati'],
  ['QAT', 'Qatar', 'Doha', 'Qatari'],
  ['YEM', 'Yemen', 'Sanaa', 'Yemeni'],
  ['EGY', 'Egypt', 'Cairo', 'Egyptian'],
  ['LBY', 'Libya', 'Tripoli', 'Libyan'],
  ['SDN', 'Sudan', 'Khartoum', 'Sudanese'],
  ['ETH', 'Ethiopia', 'Addis Ababa', 'Ethiopian'],
  ['SOM', 'Somalia', 'Mogadishu', 'Somali'],
  ['KEN', 'Kenya', 'Nairobi', 'Kenyan'],
  ['NGA', 'Nigeria', 'Abuja', 'Nigerian'],
  ['MLI', 'Mali', 'Bamako', 'Malian'],
  ['NER', 'Niger', 'Niamey', 'Nigerien'],
  ['ZAF', 'South Africa', 'Pretoria', 'South African'],
  ['AUS', 'Australia', 'Canberra', 'Australian'],
  ['NZL', 'New Zealand', 'Wellington', 'New Zealander'],
  ['IDN', 'Indonesia', 'Jakarta', 'Indonesian'],
  ['PHL', 'Philippines', 'Manila', 'Filipino|Philippine'],
  ['VNM', 'Vietnam', 'Hanoi', 'Vietnamese'],
  ['MMR', 'Myanmar', 'Burma|Naypyidaw', 'Burmese'],
  ['ARM', 'Armenia', 'Yerevan', 'Armenian'],
  ['AZE', 'Azerbaijan', 'Baku', 'Azerbaijani'],
  ['GEO', 'Georgia', 'Tbilisi', 'Georgian'],
  ['SRB', 'Serbia', 'Belgrade', 'Serbian'],
  ['HUN', 'Hungary', 'Budapest', 'Hungarian'],
  ['ROU', 'Romania', 'Bucharest', 'Romanian'],
  ['CHE', 'Switzerland', 'Bern', 'Swiss'],
  ['AUT', 'Austria', 'Vienna', 'Austrian'],
  ['IRL', 'Ireland', 'Dublin', 'Irish'],
  ['PRT', 'Portugal', 'Lisbon', 'Portuguese'],
  ['EST', 'Estonia', 'Tallinn', 'Estonian'],
  ['LVA', 'Latvia', 'Riga', 'Latvian'],
  ['LTU', 'Lithuania', 'Vilnius', 'Lithuanian'],
];

const split = (s: string): string[] => (s ? s.split('|') : []);

/** The built-in countries, in table order. */
export const COUNTRIES: readonly CountryEntry[] = ROWS.map(([id, name, aliases, demonyms]) => ({
  id,
  name,
  aliases: split(aliases),
  demonyms: split(demonyms),
}));
