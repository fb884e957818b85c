/**
 * The dashboard query set, as data: for each query the newsgraph API's GraphQL, the same
 * traversal as hand-written Cypher (bench/cypher/<name>.cypher, through neo4j-driver alone:
 * the floor), and the @neo4j/graphql document where that library can express it (null when
 * it cannot). Parameters come from the loaded graph (a hub, a mid-rank entity, a pair).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toFulltextQuery } from '../src/api/toFulltextQuery.ts';
import { ENTITY_TYPES, RELATION_TYPES, isRelationType } from '../src/model/vocabulary.ts';

/** Entities picked from the graph at each size so that every query has real work to do. */
export interface QueryContext {
  hub: string;
  mid: string;
  pair: [string, string];
  searchTerm: string;
  relationTypes: string[];
  from: string;
}

export interface DashboardQuery {
  name: string;
  description: string;
  api: { query: string; variables: (c: QueryContext) => Record<string, unknown> };
  cypher: { text: string; params: (c: QueryContext) => Record<string, unknown> };
  /** Also measure requests/s at several concurrency levels (MeasureOptions.concurrencyLevels). */
  scaling?: boolean;
  /** null: @neo4j/graphql cannot express it (no path or degree queries); `partial`: it answers only part. */
  neo4jGraphql: { query: string; variables: (c: QueryContext) => Record<string, unknown>; partial?: string } | null;
}

const CYPHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');
// Relationship types are spliced in from the vocabulary only (they cannot be parameters in a pattern).
const TYPES = RELATION_TYPES.filter(isRelationType).join('|');
// The stats floor counts per label and per edge type from the count store, one count() each.
const COUNTS = [
  ...ENTITY_TYPES.map((t) => `CALL () { MATCH (x:${t}) RETURN count(x) AS ${t} }`),
  ...RELATION_TYPES.filter(isRelationType).map((t) => `CALL () { MATCH ()-[x:${t}]->() RETURN count(x) AS ${t} }`),
].join('\n');
const ENTITY_COUNTS = `[x IN [${ENTITY_TYPES.map((t) => `{type: '${t}', count: ${t}}`).join(', ')}] WHERE x.count > 0]`;
const RELATION_COUNTS = `[x IN [${RELATION_TYPES.map((t) => `{relation: '${t}', count: ${t}}`).join(', ')}] WHERE x.count > 0]`;
const cypher = (name: string) =>
  fs
    .readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .replaceAll('__TYPES__', TYPES)
    .replace('__COUNTS__', COUNTS)
    .replace('__ENTITY_COUNTS__', ENTITY_COUNTS)
    .replace('__RELATION_COUNTS__', RELATION_COUNTS);

const ENTITY_FIELDS = 'id name';
const NGQL_FACT = `relation firstDate subject { ${ENTITY_FIELDS} } object { ${ENTITY_FIELDS} }`;

/** The seven dashboard queries of the benchmark. */
export const DASHBOARD_QUERIES: DashboardQuery[] = [
  {
    name: 'entity',
    description: 'entity with relations and sources (hub entity, 20 facts)',
    scaling: true,
    api: {
      query: `query($id: ID!) { entity(id: $id) { id name aliases kind degree relations(first: 20) { totalCount nodes { id relation firstDate subject { ${ENTITY_FIELDS} } object { ${ENTITY_FIELDS} } sources { evidence date article { id title url } } } } } }`,
      variables: (c) => ({ id: c.hub }),
    },
    cypher: { text: cypher('entity'), params: (c) => ({ id: c.hub }) },
    neo4jGraphql: {
      query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name aliasText
        subjectOf(limit: 10, sort: [{ sortDate: DESC }]) { ${NGQL_FACT} sources { id title url } }
        objectOf(limit: 10, sort: [{ sortDate: DESC }]) { ${NGQL_FACT} sources { id title url } }
        subjectOfConnection { aggregate { count { nodes } } } objectOfConnection { aggregate { count { nodes } } } } }`,
      variables: (c) => ({ id: c.hub }),
      partial: 'no degree over traversal edges; 10 + 10 facts instead of the 20 latest overall',
    },
  },
  {
    name: 'neighbourhood',
    description: 'neighbourhood depth 2 (mid-rank entity)',
    scaling: true,
    api: { query: `query($id: ID!) { neighbourhood(id: $id, hops: 2) { ${ENTITY_FIELDS} } }`, variables: (c) => ({ id: c.mid }) },
    cypher: { text: cypher('neighbourhood'), params: (c) => ({ id: c.mid }) },
    neo4jGraphql: {
      // Nested selections through the Fact nodes, de-duplicated by the client.
      query: `query($id: ID!) { entities(where: { id: { eq: $id } }) {
        subjectOf { object { id name subjectOf { object { ${ENTITY_FIELDS} } } objectOf { subject { ${ENTITY_FIELDS} } } } }
        objectOf { subject { id name subjectOf { object { ${ENTITY_FIELDS} } } objectOf { subject { ${ENTITY_FIELDS} } } } } } }`,
      variables: (c) => ({ id: c.mid }),
    },
  },
  {
    name: 'shortestPath',
    description: 'shortest path between two entities (max 4 hops)',
    api: {
      query: `query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxHops: 4) { length entities { ${ENTITY_FIELDS} } facts { id relation } } }`,
      variables: (c) => ({ from: c.pair[0], to: c.pair[1] }),
    },
    cypher: { text: cypher('shortest-path'), params: (c) => ({ from: c.pair[0], to: c.pair[1] }) },
    neo4jGraphql: null,
  },
  {
    name: 'subgraph',
    description: 'subgraph around two entities, 1 hop, at most 200 nodes',
    api: {
      query: `query($ids: [ID!]!) { subgraph(ids: $ids, hops: 1, maxNodes: 200) { truncated nodes { ${ENTITY_FIELDS} } edges { id relation sourceCount subject { id } object { id } } } }`,
      variables: (c) => ({ ids: [c.mid, c.pair[1]] }),
    },
    cypher: { text: cypher('subgraph'), params: (c) => ({ ids: [c.mid, c.pair[1]], maxNodes: 200 }) },
    neo4jGraphql: null,
  },
  {
    name: 'search',
    description: 'typo-tolerant name search (10 hits; the same Lucene query with ~ edits on all three sides)',
    scaling: true,
    api: { query: `query($q: String!) { search(query: $q, first: 10) { score entity { ${ENTITY_FIELDS} } } }`, variables: (c) => ({ q: c.searchTerm }) },
    cypher: { text: cypher('search'), params: (c) => ({ query: toFulltextQuery(c.searchTerm) }) },
    neo4jGraphql: {
      // @fulltext on Entity (bench/neo4jGraphqlServer.ts): the same index, the same Lucene query.
      query: `query($q: String!) { entitiesByName(phrase: $q, first: 10) { edges { score node { ${ENTITY_FIELDS} } } } }`,
      variables: (c) => ({ q: toFulltextQuery(c.searchTerm) }),
      partial: 'index order only: no re-ranking of exact, prefix and typo matches',
    },
  },
  {
    name: 'facts',
    description: 'facts filtered by relation types and date (20 newest + total)',
    scaling: true,
    api: {
      query: `query($types: [RelationType!], $from: PartialDate) { facts(relationTypes: $types, from: $from, first: 20) { totalCount nodes { id relation firstDate sourceCount subject { ${ENTITY_FIELDS} } object { ${ENTITY_FIELDS} } } } }`,
      variables: (c) => ({ types: c.relationTypes, from: c.from }),
    },
    cypher: { text: cypher('facts'), params: (c) => ({ types: c.relationTypes, from: c.from }) },
    neo4jGraphql: {
      query: `query($types: [String!], $from: String) {
        facts(where: { relation: { in: $types }, sortDate: { gte: $from } }, limit: 20, sort: [{ sortDate: DESC }]) { id sourceCount ${NGQL_FACT} }
        factsConnection(where: { relation: { in: $types }, sortDate: { gte: $from } }) { aggregate { count { nodes } } } }`,
      variables: (c) => ({ types: c.relationTypes, from: c.from }),
    },
  },
  {
    name: 'stats',
    description: 'stats: entities per type, facts per relation, 10 most connected',
    api: {
      query: `{ stats { entityCounts { type count } relationCounts { relation count } mostConnected(first: 10) { degree entity { ${ENTITY_FIELDS} } } } }`,
      variables: () => ({}),
    },
    cypher: { text: cypher('stats'), params: () => ({}) },
    neo4jGraphql: {
      query: `{ entitiesConnection { aggregate { count { nodes } } } ${RELATION_TYPES.map((t) => `${t}: factsConnection(where: { relation: { eq: "${t}" } }) { aggregate { count { nodes } } }`).join(' ')} }`,
      variables: () => ({}),
      partial: 'counts only (one aggregate per relation type); no counts per entity type, no most-connected',
    },
  },
];
