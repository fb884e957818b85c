// The operations of issue 16 (time and tension: asOf, corroboration, contested facts, allies at
// odds), coded against the contract in schema.graphql's issue-16 additions. The page sends them
// only to a server that has them (BOOTSTRAP reads the Query type's fields: `timeAware`), so it
// keeps working against an older server. Their types follow the contract by hand until the
// contract is in schema.graphql; then they move into queries.ts and get generated types.
import type { ExplorerEdgeFactsQueryVariables, ExplorerSubgraphQueryVariables } from './generated/operations.ts';
import type { EdgeSummary, EntitySummary, FactDetail, Operation } from './queries.ts';

const operation = <TData, TVariables>(text: string) => text as Operation<TData, TVariables>;

/** Valid time, corroboration and contest of a fact (issue 16's Fact fields). */
export interface TimeFields {
  validFrom: string | null;
  validTo: string | null;
  publisherCount: number;
  contested: boolean;
}
/** A graph edge with its valid time, corroboration and contest. */
export type TimedEdge = EdgeSummary & TimeFields;
/** The denying side of a contested fact: a DENIED fact that answers it, or a source reporting it as denied. */
export interface Denial {
  fact: { id: string; relation: string; subject: { id: string; name: string }; object: { id: string; name: string } } | null;
  source: { evidence: string; status: string; article: { id: string; title: string; url: string | null; publisher: string | null } };
}
/** A fact with its sources, valid time, corroboration and denials. */
export type TimedFact = FactDetail & TimeFields & { denials: Denial[] };
/** A pair of allies with hostile facts between them. */
export interface AlliesAtOdds {
  a: { id: string; name: string; type: string };
  b: { id: string; name: string; type: string };
  alliances: TimedFact[];
  hostileFacts: TimedFact[];
  hostileCount: number;
  score: number;
}

/** The graph as of a month: the subgraph of SUBGRAPH, only facts valid then, with corroboration and contest per edge. */
export const SUBGRAPH_AS_OF = operation<{ subgraph: { truncated: boolean; nodes: EntitySummary[]; edges: TimedEdge[] } }, ExplorerSubgraphQueryVariables & { asOf: string | null }>(/* GraphQL */ `
  query ExplorerSubgraphAsOf($ids: [ID!]!, $relationTypes: [RelationType!], $statuses: [FactStatus!], $from: PartialDate, $to: PartialDate, $minSources: Int, $maxNodes: Int, $asOf: PartialDate) {
    subgraph(ids: $ids, hops: 1, relationTypes: $relationTypes, statuses: $statuses, from: $from, to: $to, minSources: $minSources, maxNodes: $maxNodes, asOf: $asOf) {
      truncated
      nodes { id type name aliases kind }
      edges { id relation subject { id } object { id } sourceCount status firstDate lastDate validFrom validTo publisherCount contested }
    }
  }
`);

const TIMED_FACT = /* GraphQL */ `
  fragment ExplorerTimedFact on Fact {
    id relation properties firstDate lastDate sourceCount status confidence validFrom validTo publisherCount contested
    subject { id name type }
    object { id name type }
    sources { evidence date status confidence article { id title url publisher publishedAt } }
    denials { fact { id relation subject { id name } object { id name } } source { evidence status article { id title url publisher } } }
  }
`;

/** Every fact from one entity to another valid as of a month (or all of them), with sources and denials. */
export const EDGE_FACTS_AS_OF = operation<{ facts: { nodes: TimedFact[] } }, ExplorerEdgeFactsQueryVariables & { asOf: string | null }>(/* GraphQL */ `
  ${TIMED_FACT}
  query ExplorerEdgeFactsAsOf($subject: ID!, $object: ID!, $asOf: PartialDate) {
    facts(subject: $subject, object: $object, first: 50, asOf: $asOf) { nodes { ...ExplorerTimedFact } }
  }
`);

/** Allies with hostile facts between them (as of a month, or over all time), most hostile first. */
export const ALLIES_AT_ODDS = operation<{ alliesAtOdds: AlliesAtOdds[] }, { asOf: string | null }>(/* GraphQL */ `
  ${TIMED_FACT}
  query ExplorerAlliesAtOdds($asOf: PartialDate) {
    alliesAtOdds(asOf: $asOf, first: 10) {
      a { id name type }
      b { id name type }
      hostileCount score
      alliances { ...ExplorerTimedFact }
      hostileFacts { ...ExplorerTimedFact }
    }
  }
`);
