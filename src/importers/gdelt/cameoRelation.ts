import { RELATIONS, type EntityType, type RelationSpec, type RelationType } from '../../model/vocabulary.ts';

/** A CAMEO event code: two-digit root 01-20 plus one or two more digits ("040", "1631"). */
export const CAMEO_CODE = /^(0[1-9]|1\d|20)\d{1,2}$/;

/** True when `code` is shaped like a CAMEO event code. */
export function isCameoCode(code: string): boolean {
  return CAMEO_CODE.test(code);
}

interface Candidate {
  spec: RelationSpec;
  /** The vocabulary code that matched (a prefix of the event code). */
  match: string;
  /** Position of `match` in the spec's cameo list: the first code is the relation's primary one. */
  index: number;
  order: number;
}

/**
 * The vocabulary relation for a CAMEO event code between two actors, or undefined when the
 * code maps to nothing (e.g. 01x "make a public statement"). Derived from RelationSpec.cameo:
 * 1. a specific relation listing this code or a 3+ digit prefix of it (163 -> SANCTIONED);
 * 2. else the generic PLOVER relation with the longest matching prefix (061 -> COOPERATED,
 *    087 -> RETREATED), ties going to the relation whose primary code it is (08x -> CONCEDED);
 * 3. else the first specific relation (vocabulary order) claiming the root family (16x -> SANCTIONED,
 *    18x, 19x -> ATTACKED).
 * Codes shorter than two digits in the vocabulary are not CAMEO roots and are ignored.
 */
export function relationForCameo(code: string, subjectType: EntityType, objectType: EntityType): RelationType | undefined {
  if (!isCameoCode(code)) return undefined;
  const candidates: Candidate[] = [];
  RELATIONS.forEach((spec: RelationSpec, order) => {
    if (spec.tier === 'structural') return;
    if (!spec.subjects.includes(subjectType) || !spec.objects.includes(objectType)) return;
    spec.cameo.forEach((match, index) => {
      if (match.length >= 2 && code.startsWith(match)) candidates.push({ spec, match, index, order });
    });
  });
  const longest = (list: Candidate[], tie: (a: Candidate, b: Candidate) => number) =>
    list.sort((a, b) => b.match.length - a.match.length || tie(a, b))[0]?.spec.type as RelationType | undefined;
  const byPrimary = (a: Candidate, b: Candidate) => a.index - b.index || a.order - b.order;
  const byOrder = (a: Candidate, b: Candidate) => a.order - b.order;
  return (
    longest(candidates.filter((c) => c.spec.tier === 'specific' && c.match.length >= 3), byOrder) ??
    longest(candidates.filter((c) => c.spec.tier === 'generic'), byPrimary) ??
    longest(candidates.filter((c) => c.spec.tier === 'specific'), byOrder)
  );
}
