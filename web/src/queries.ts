// The GraphQL operations the page sends: the page is a client of the public API like any dashboard.

/** The vocabulary (from the schema's enums), the facts' date range and good starting points. */
export const BOOTSTRAP = /* GraphQL */ `
  query ExplorerBootstrap {
    dateRange { min max }
    relationTypes: __type(name: "RelationType") { enumValues { name } }
    entityTypes: __type(name: "EntityType") { enumValues { name } }
  }
`;

/** Most connected entities, offered on the empty page. */
export const STARTING_POINTS = /* GraphQL */ `
  query ExplorerStartingPoints { stats { mostConnected(first: 8) { degree entity { id name type } } } }
`;

/** Suggestions as you type (names and aliases, typo-tolerant). */
export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $types: [EntityType!]) {
    search(query: $query, types: $types, first: 8) { score entity { id type name aliases kind } }
  }
`;

/** The graph: neighbourhoods of the focus entities under the current filters. */
export const SUBGRAPH = /* GraphQL */ `
  query ExplorerSubgraph($ids: [ID!]!, $relationTypes: [RelationType!], $statuses: [FactStatus!], $from: PartialDate, $to: PartialDate, $minSources: Int, $maxNodes: Int) {
    subgraph(ids: $ids, hops: 1, relationTypes: $relationTypes, statuses: $statuses, from: $from, to: $to, minSources: $minSources, maxNodes: $maxNodes) {
      truncated
      nodes { id type name aliases kind }
      edges { id relation subject { id } object { id } sourceCount status firstDate lastDate }
    }
  }
`;

const FACT_DETAIL = /* GraphQL */ `
  fragment ExplorerFactDetail on Fact {
    id relation properties firstDate lastDate sourceCount status confidence
    subject { id name type }
    object { id name type }
    sources { evidence date status confidence article { id title url publisher publishedAt } }
  }
`;

/** A node's details: type, aliases, offices and timeline. */
export const ENTITY_DETAIL = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      id type name aliases kind description degree
      offices { id relation properties firstDate lastDate subject { id name } object { id name } }
      timeline(first: 50) { id relation firstDate lastDate status sourceCount subject { id name } object { id name } }
    }
  }
`;

/** Every fact from one entity to another with its sources (asked once per direction: one query for both would pass the API's cost limit). */
export const EDGE_FACTS = /* GraphQL */ `
  ${FACT_DETAIL}
  query ExplorerEdgeFacts($subject: ID!, $object: ID!) {
    facts(subject: $subject, object: $object, first: 50) { nodes { ...ExplorerFactDetail } }
  }
`;

/** The shortest path between two entities, with the facts along it. */
export const SHORTEST_PATH = /* GraphQL */ `
  ${FACT_DETAIL}
  query ExplorerPath($from: ID!, $to: ID!, $relationTypes: [RelationType!]) {
    shortestPaths(from: $from, to: $to, maxHops: 4, relationTypes: $relationTypes) {
      length
      entities { id type name aliases kind }
      facts { ...ExplorerFactDetail }
    }
  }
`;

/** Names for ids restored from the URL (path finder fields). */
export const ENTITY_NAME = /* GraphQL */ `
  query ExplorerEntityName($id: ID!) { entity(id: $id) { id name type } }
`;

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  kind?: string | null;
}

export interface EdgeSummary {
  id: string;
  relation: string;
  subject: { id: string };
  object: { id: string };
  sourceCount: number;
  status: string;
  firstDate: string | null;
  lastDate: string | null;
}

export interface SourceDetail {
  evidence: string;
  date: string | null;
  status: string;
  confidence: number;
  article: { id: string; title: string; url: string | null; publisher: string | null; publishedAt: string | null };
}

export interface FactDetail {
  id: string;
  relation: string;
  properties: Record<string, unknown> | null;
  firstDate: string | null;
  lastDate: string | null;
  sourceCount: number;
  status: string;
  confidence: number;
  subject: EntitySummary;
  object: EntitySummary;
  sources: SourceDetail[];
}

export interface TimelineFact {
  id: string;
  relation: string;
  properties?: Record<string, unknown> | null;
  firstDate: string | null;
  lastDate: string | null;
  status?: string;
  sourceCount?: number;
  subject: { id: string; name: string };
  object: { id: string; name: string };
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  description: string | null;
  degree: number;
  offices: TimelineFact[];
  timeline: TimelineFact[];
}

export interface PathResult {
  length: number;
  entities: EntitySummary[];
  facts: FactDetail[];
}
