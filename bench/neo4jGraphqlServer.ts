/**
 * The comparison peer: @neo4j/graphql (v7) over the same database, served by Apollo Server on
 * loopback like the newsgraph API, with type definitions that map the graph layout
 * (Entity and Fact nodes, SUBJECT / OBJECT / REPORTS relationships).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entityNames", queryName: "entitiesByName", fields: ["name", "aliasText"] }]) {
    id: ID!
    name: String!
    aliasText: String
    kind: String
    subjectOf: [Fact!]! @relationship(type: "SUBJECT", direction: IN)
    objectOf: [Fact!]! @relationship(type: "OBJECT", direction: IN)
  }
  type Fact @node(labels: ["Fact"]) {
    id: ID!
    relation: String!
    firstDate: String
    lastDate: String
    sortDate: String
    sourceCount: Int
    status: String
    subject: [Entity!]! @relationship(type: "SUBJECT", direction: OUT)
    object: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
    sources: [Article!]! @relationship(type: "REPORTS", direction: IN)
  }
  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String!
    url: String
    publishedAt: String
  }
`;

/** Starts @neo4j/graphql on 127.0.0.1 (a free port); returns its URL and a stop function. */
export async function startNeo4jGraphql(driver: Driver, database?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const neo = new Neo4jGraphQL({ typeDefs, driver, features: { filters: { String: { GTE: true, GT: true, LTE: true, LT: true } } } });
  const server = new ApolloServer({ schema: await neo.getSchema() });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => (database ? { sessionConfig: { database } } : {}),
  });
  return { url, stop: () => server.stop() };
}
