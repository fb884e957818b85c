/** International bodies named by a description ("the UN refugee agency" -> UNHCR, PART_OF the UN). */
import type { EntityTable } from '../entityTable.ts';
import type { KnownEntity } from '../types.ts';
import type { ParseTree } from './parseTree.ts';

/** Head nouns of descriptions of international bodies ("refugee agency", "nuclear watchdog"). */
const DESCRIPTION_HEADS = new Set('agency watchdog fund office programme program organization organisation'.split(' '));

/** An international organisation named by a gazetteer description starting at token i, with its last token. */
export function describedBody(tree: ParseTree, i: number, table: EntityTable): { entity: KnownEntity; last: number; parent?: KnownEntity } | undefined {
  const tokens = tree.tokens;
  const span = (a: number, b: number) => tree.text.slice(tokens[a]!.start, tokens[b]!.end);
  for (let last = Math.min(tokens.length - 1, i + 6); last > i; last--) {
    if (!DESCRIPTION_HEADS.has(tokens[last]!.lemma.toLowerCase())) continue;
    const known = table.resolve(span(i, last));
    if (known?.type !== 'Organization' || known.kind !== 'international') continue;
    // "UN refugee agency": the body the description starts with is its parent.
    for (let p = last - 1; p >= i; p--) {
      const parent = table.resolve(span(i, p));
      if (parent?.type === 'Organization' && parent.kind === 'international' && parent.id !== known.id) return { entity: known, last, parent };
    }
    return { entity: known, last };
  }
  return undefined;
}

