/**
 * The comparison peer: @neo4j/graphql (v7) over the same database, served by Apollo Server on
 * loopback like the newsgraph API, with type definitions that map the graph layout
 * (Entity and Fact nodes, SUBJECT / OBJECT / REPORTS relationships).
 *
 * `npm run bench` runs it in a process of its own (startNeo4jGraphqlProcess), as it runs
 * `newsgraph serve`: both GraphQL sides then cross the same process boundaries.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';

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

/**
 * Starts the peer in its own Node process (this file run by tsx) over `uri`; resolves when it
 * prints its URL. The child turns source maps off: the driver formats a stack trace for every
 * result, and the peer cannot skip that as newsgraph does (withoutCallSiteStack); it would
 * run as plain JavaScript in a real deployment.
 */
export async function startNeo4jGraphqlProcess(env: { NEO4J_URI: string; NEO4J_PASSWORD?: string; NEO4J_USER?: string; NEO4J_DATABASE?: string }): Promise<{ url: string; child: ChildProcess }> {
  const file = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: path.dirname(path.dirname(file)), env: { ...process.env, ...env, NEWSGRAPH_PEER: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`@neo4j/graphql did not start in 60 s: ${output.slice(-500)}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d;
      const m = /^listening (\S+)$/m.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (output += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`@neo4j/graphql exited (${code}): ${output.slice(-500)}`));
    });
  });
  return { url, child };
}

// Run as the peer process (startNeo4jGraphqlProcess).
if (process.env.NEWSGRAPH_PEER === '1' && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.setSourceMapsEnabled(false);
  const auth = process.env.NEO4J_PASSWORD === undefined ? undefined : neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD);
  // No driver retries, as when the peer shared the benchmark's driver: at 32 callers its
  // neighbourhood queries hit Neo4j's transaction memory limit (a transient error), and 30 s of
  // retries by every caller ran the benchmark's Neo4j out of heap.
  const driver = neo4j.driver(process.env.NEO4J_URI!, auth, { maxTransactionRetryTime: 0, logging: { level: 'error', logger: () => {} } });
  const peer = await startNeo4jGraphql(driver, process.env.NEO4J_DATABASE || undefined);
  process.stdout.write(`listening ${peer.url}\n`);
  process.on('SIGTERM', () => {
    void peer
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
}
