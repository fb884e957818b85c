import type { ElementDefinition } from 'cytoscape';
import type { GraphFact } from './queries.ts';

/** The label of a fact's edge: its relation, a corroboration badge (✓N: N independent publishers) and "contested". */
export function edgeLabel(relation: string, publisherCount: number | null | undefined, contested: boolean | null | undefined): string {
  const badge = publisherCount && publisherCount > 1 ? ` ✓${publisherCount}` : '';
  return `${relation}${badge}${contested ? ' · contested' : ''}`;
}

/** A fact as a Cytoscape edge: the style reads relation, status, sourceCount, publisherCount and contested. */
export function edgeData(fact: GraphFact): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: fact.id,
      source: fact.subject.id,
      target: fact.object.id,
      relation: fact.relation,
      label: edgeLabel(fact.relation, fact.publisherCount, fact.contested),
      sourceCount: fact.sourceCount,
      publisherCount: fact.publisherCount,
      contested: fact.contested ? 'yes' : 'no',
      status: fact.status,
      firstDate: fact.firstDate,
      lastDate: fact.lastDate,
      validFrom: fact.validFrom,
      validTo: fact.validTo,
    },
  };
}
