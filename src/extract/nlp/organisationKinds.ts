/** The kind of body a new organisation's name suggests (no parse needed). */

/** Words in a new organisation's name that tell its kind ("Popular Defence Front" is an armed group). */
export const KIND_FROM_NAME: Array<[RegExp, string]> = [
  [/\b(?:Army|Front|Brigades?|Militias?|Battalions?|Mujahideen|Jihad|Tigers|Guerrillas?|Liberation Movement)$/, 'armed_group'],
  [/\bPolice$/, 'police'],
  [/\b(?:Ministry|Department|Agency|Commission|Court|Parliament|Assembly|Senate|Council|Office|Police)\b/, 'government'],
  [/\bParty$/, 'political_party'],
];

/** The kind a new organisation's name suggests, if any. */
export function kindFromName(name: string): string | undefined {
  return KIND_FROM_NAME.find(([re]) => re.test(name))?.[1];
}
