import type { ElementDefinition } from 'cytoscape';
import type { GraphFact } from './queries.ts';

/** Fields of issue 16's contract that a fact may carry (absent from servers without it). */
interface TimeAndTension {
  publisherCount?: number | null;
  contested?: boolean | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** The label of a fact's edge: its relation, a corroboration badge (✓N: N independent publishers) and "contested". */
export function edgeLabel(relation: string, publisherCount: number | null | undefined, contested: boolean | null | undefined): string {
  const badge = publisherCount && publisherCount > 1 ? ` ✓${publisherCount}` : '';
  return `${relation}${badge}${contested ? ' · contested' : ''}`;
}

/** A fact as a Cytoscape edge: the style reads relation, status, sourceCount, publisherCount and contested. */
export function edgeData(fact: GraphFact): ElementDefinition {
  const extra = fact as TimeAndTension;
  return {
    group: 'edges',
    data: {
      id: fact.id,
      source: fact.subject.id,
      target: fact.object.id,
      relation: fact.relation,
      label: edgeLabel(fact.relation, extra.publisherCount, extra.contested),
      sourceCount: fact.sourceCount,
      publisherCount: extra.publisherCount ?? 1,
      contested: extra.contested ? 'yes' : 'no',
      status: fact.status,
      firstDate: fact.firstDate,
      lastDate: fact.lastDate,
      validFrom: extra.validFrom ?? null,
      validTo: extra.validTo ?? null,
    },
  };
}
