import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';
import { EnvironmentError } from '../errors/AppError.ts';
import type { ApiContext } from './context.ts';
import { formatError } from './formatError.ts';
import { resolvers } from './resolvers.ts';

/** A running HTTP server: its base URL and a function that stops it (Apollo drains first). */
export interface RunningServer {
  url: string;
  graphqlUrl: string;
  close(): Promise<void>;
}

/** Reads the GraphQL contract from `<rootDir>/schema.graphql`. */
export function loadTypeDefs(rootDir: string): string {
  return fs.readFileSync(path.join(rootDir, 'schema.graphql'), 'utf8');
}

/**
 * Starts Apollo Server on express: `/graphql` (the API, with the local sandbox on GET),
 * `/health` (process up) and `/ready` (Neo4j reachable).
 */
export async function startServer(graph: Graph, config: Config): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(config.rootDir),
    resolvers,
    formatError: formatError(config.server.production),
    includeStacktraceInErrorResponses: !config.server.production,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageLocalDefault({ embed: true })],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await graph.verify();
      res.json({ status: 'ready', neo4j: graph.uri });
    } catch (error) {
      res.status(503).json({ status: 'not ready', neo4j: graph.uri, reason: (error as Error).message });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        graph,
        config,
        bearerToken: /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1],
      }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', async (error: NodeJS.ErrnoException) => {
      await apollo.stop().catch(() => {});
      onListenError(error, reject);
    });
    httpServer.listen(config.server.port, config.server.host, resolve);
  });
  function onListenError(error: NodeJS.ErrnoException, reject: (e: unknown) => void) {
    reject(
      error.code === 'EADDRINUSE'
        ? new EnvironmentError(`port ${config.server.port} is already in use on ${config.server.host}: set PORT (or --port) to a free port`, {
            port: config.server.port,
          })
        : error,
    );
  }
  const address = httpServer.address() as import('node:net').AddressInfo;
  const url = `http://${config.server.host}:${address.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    close: async () => {
      await apollo.stop();
    },
  };
}
