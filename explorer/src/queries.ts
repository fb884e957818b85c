// The GraphQL operations the page sends: the page is a client of the public API like any dashboard.
// Their result and variable types are generated from schema.graphql into generated/operations.ts
// (npm run codegen); each operation carries them, so gql() checks variables and results at build time.
import type {
  ExplorerAlliesAtOddsQuery,
  ExplorerAlliesAtOddsQueryVariables,
  ExplorerBootstrapQuery,
  ExplorerBootstrapQueryVariables,
  ExplorerEdgeFactsQuery,
  ExplorerEdgeFactsQueryVariables,
  ExplorerEntityNameQuery,
  ExplorerEntityNameQueryVariables,
  ExplorerEntityQuery,
  ExplorerEntityQueryVariables,
  ExplorerFactDetailFragment,
  ExplorerPathQuery,
  ExplorerPathQueryVariables,
  ExplorerSearchQuery,
  ExplorerSearchQueryVariables,
  ExplorerStartingPointsQuery,
  ExplorerStartingPointsQueryVariables,
  ExplorerSubgraphQuery,
  ExplorerSubgraphQueryVariables,
} from './generated/operations.ts';

/** A GraphQL operation's text, tagged with the types of its result and variables. */
export type Operation<TData, TVariables> = string & { readonly __operationTypes?: [TData, TVariables] };

const operation = <TData, TVariables>(text: string) => text as Operation<TData, TVariables>;

/** The vocabulary (from the schema's enums) and the facts' date range (valid time included: the time slider's span). */
export const BOOTSTRAP = operation<ExplorerBootstrapQuery, ExplorerBootstrapQueryVariables>(/* GraphQL */ `
  query ExplorerBootstrap {
    dateRange { min max }
    relationTypes: __type(name: "RelationType") { enumValues { name } }
    entityTypes: __type(name: "EntityType") { enumValues { name } }
  }
`);

/** Most connected entities, offered on the empty page. */
export const STARTING_POINTS = operation<ExplorerStartingPointsQuery, ExplorerStartingPointsQueryVariables>(/* GraphQL */ `
  query ExplorerStartingPoints { stats { mostConnected(first: 8) { degree entity { id name type } } } }
`);

/** Suggestions as you type (names and aliases, typo-tolerant). */
export const SEARCH = operation<ExplorerSearchQuery, ExplorerSearchQueryVariables>(/* GraphQL */ `
  query ExplorerSearch($query: String!, $types: [EntityType!]) {
    search(query: $query, types: $types, first: 8) { score entity { id type name aliases kind } }
  }
`);

/** The graph: neighbourhoods of the focus entities under the current filters, as of the time slider's month (null: every fact). */
export const SUBGRAPH = operation<ExplorerSubgraphQuery, ExplorerSubgraphQueryVariables>(/* GraphQL */ `
  query ExplorerSubgraph($ids: [ID!]!, $relationTypes: [RelationType!], $statuses: [FactStatus!], $from: PartialDate, $to: PartialDate, $minSources: Int, $maxNodes: Int, $asOf: PartialDate) {
    subgraph(ids: $ids, hops: 1, relationTypes: $relationTypes, statuses: $statuses, from: $from, to: $to, minSources: $minSources, maxNodes: $maxNodes, asOf: $asOf) {
      truncated
      nodes { id type name aliases kind }
      edges { id relation subject { id } object { id } sourceCount status firstDate lastDate validFrom validTo publisherCount contested }
    }
  }
`);

const FACT_DETAIL = /* GraphQL */ `
  fragment ExplorerFactDetail on Fact {
    id relation properties firstDate lastDate sourceCount status confidence validFrom validTo publisherCount contested
    subject { id name type }
    object { id name type }
    sources { evidence date status confidence article { id title url publisher publishedAt } }
    denials { fact { id relation subject { id name } object { id name } } source { evidence status article { id title url publisher } } }
  }
`;

/** A node's details: type, aliases, offices and timeline (as of the slider's month). */
export const ENTITY_DETAIL = operation<ExplorerEntityQuery, ExplorerEntityQueryVariables>(/* GraphQL */ `
  query ExplorerEntity($id: ID!, $asOf: PartialDate) {
    entity(id: $id) {
      id type name aliases kind description degree
      offices { id relation properties firstDate lastDate subject { id name } object { id name } }
      timeline(first: 50, asOf: $asOf) { id relation firstDate lastDate validFrom validTo status sourceCount subject { id name } object { id name } }
    }
  }
`);

/** Every fact from one entity to another with its sources (asked once per direction: one query for both would pass the API's cost limit). */
export const EDGE_FACTS = operation<ExplorerEdgeFactsQuery, ExplorerEdgeFactsQueryVariables>(/* GraphQL */ `
  ${FACT_DETAIL}
  query ExplorerEdgeFacts($subject: ID!, $object: ID!, $asOf: PartialDate) {
    facts(subject: $subject, object: $object, first: 50, asOf: $asOf) { nodes { ...ExplorerFactDetail } }
  }
`);

/** The shortest path between two entities, with the facts along it. */
export const SHORTEST_PATH = operation<ExplorerPathQuery, ExplorerPathQueryVariables>(/* GraphQL */ `
  ${FACT_DETAIL}
  query ExplorerPath($from: ID!, $to: ID!, $relationTypes: [RelationType!], $asOf: PartialDate) {
    shortestPaths(from: $from, to: $to, maxHops: 4, relationTypes: $relationTypes, asOf: $asOf) {
      length
      entities { id type name aliases kind }
      facts { ...ExplorerFactDetail }
    }
  }
`);

/**
 * Allies with hostile facts between them (as of the slider's month, or over all time), most
 * hostile first. The facts come as edges only: their sources are loaded for the pair picked
 * (EDGE_FACTS), since one statement with every source and denial of every pair took Neo4j
 * longer to plan than the API's time limit on a busy machine.
 */
export const ALLIES_AT_ODDS = operation<ExplorerAlliesAtOddsQuery, ExplorerAlliesAtOddsQueryVariables>(/* GraphQL */ `
  query ExplorerAlliesAtOdds($asOf: PartialDate) {
    alliesAtOdds(asOf: $asOf, first: 10) {
      a { id name type }
      b { id name type }
      hostileCount score
      alliances { id relation sourceCount status firstDate lastDate validFrom validTo publisherCount contested subject { id name type } object { id name type } }
      hostileFacts { id relation sourceCount status firstDate lastDate validFrom validTo publisherCount contested subject { id name type } object { id name type } }
    }
  }
`);

/** Names for ids restored from the URL (path finder fields). */
export const ENTITY_NAME = operation<ExplorerEntityNameQuery, ExplorerEntityNameQueryVariables>(/* GraphQL */ `
  query ExplorerEntityName($id: ID!) { entity(id: $id) { id name type } }
`);

/** An entity as the graph view shows it (a node). */
export type EntitySummary = ExplorerSubgraphQuery['subgraph']['nodes'][number];
/** A fact as the graph view shows it (an edge). */
export type EdgeSummary = ExplorerSubgraphQuery['subgraph']['edges'][number];
/** A fact drawn as an edge: from a subgraph, or with its sources from a path. */
export type GraphFact = EdgeSummary | FactDetail;
/** A fact with its sources, as the inspector shows it. */
export type FactDetail = ExplorerFactDetailFragment;
/** The denying side of a contested fact: a DENIED fact that answers it, or a source reporting it as denied. */
export type Denial = FactDetail['denials'][number];
/** A pair of allies with hostile facts between them. */
export type AlliesAtOdds = ExplorerAlliesAtOddsQuery['alliesAtOdds'][number];
/** One article's report of a fact. */
export type SourceDetail = FactDetail['sources'][number];
/** The node panel's entity. */
export type EntityDetail = NonNullable<ExplorerEntityQuery['entity']>;
/** One line of an entity's timeline. */
export type TimelineFact = EntityDetail['timeline'][number];
/** One shortest path with its facts. */
export type PathResult = ExplorerPathQuery['shortestPaths'][number];
/** A most-connected entity offered on the empty page. */
export type StartingPoint = ExplorerStartingPointsQuery['stats']['mostConnected'][number];
/** A search suggestion. */
export type SearchHit = ExplorerSearchQuery['search'][number];
/** The vocabulary and date range the page starts from. */
export type Bootstrap = ExplorerBootstrapQuery;
/** An entity's name, for ids restored from the URL. */
export type EntityName = NonNullable<ExplorerEntityNameQuery['entity']>;
/** Every fact from one entity to another. */
export type EdgeFacts = ExplorerEdgeFactsQuery['facts']['nodes'];
