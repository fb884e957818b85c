import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';
import { EnvironmentError } from '../errors/AppError.ts';
import { API_LIMITS } from './apiLimits.ts';
import { createArmor } from './armorLimits.ts';
import { compiledExecutor } from './compiledExecutor.ts';
import type { ApiContext } from './context.ts';
import { formatError } from './formatError.ts';
import { hostWarning } from './hostWarning.ts';
import { graphqlHttpHandler, isGraphqlPath } from './graphqlHttp.ts';
import { databaseUnavailableStatusPlugin, httpErrorHandler } from './httpErrors.ts';
import { loadTypeDefs } from './loadSchema.ts';
import { resolvers } from './resolvers.ts';
import { sandboxHtml } from './sandbox/serveSandbox.ts';
import { attachSubscriptions } from './subscriptions/attachSubscriptions.ts';
import { variableLimitsPlugin } from './variableLimits.ts';

/** A running HTTP server: its base URL and a function that stops it (Apollo drains first). */
export interface RunningServer {
  url: string;
  graphqlUrl: string;
  close(): Promise<void>;
}

/** Optional extras of the HTTP server. */
export interface ServerOptions {
  /** A folder of static files served at `/` (the explorer page); nothing is served at `/` without it. */
  staticDir?: string;
  /** Where one-line request errors and warnings go (default: stderr). */
  log?: (line: string) => void;
}


/**
 * Starts the HTTP server: `/graphql` (the API, Apollo Server on plain node:http; browsers get
 * the local sandbox page on GET), and on Express `/health` (process up), `/ready` (Neo4j
 * reachable) and, with `options.staticDir`, static files at `/`.
 */
export async function startServer(graph: Graph, config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const warning = hostWarning(config.server);
  if (warning) log(warning);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // /graphql skips Express (graphqlHttp.ts: its router and body parsing were ~0.45 ms of every
  // request); the probes and the static explorer stay on it.
  let graphqlEndpoint: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const httpServer = http.createServer((req, res) => (graphqlEndpoint && isGraphqlPath(req.url) ? graphqlEndpoint(req, res) : app(req, res)));
  const apollo = new ApolloServer<ApiContext>({
    gateway: compiledExecutor(loadTypeDefs(config.rootDir), resolvers),
    formatError: formatError(config.server.production),
    includeStacktraceInErrorResponses: !config.server.production,
    // Off by default with NODE_ENV=production (NEWSGRAPH_INTROSPECTION overrides).
    introspection: config.server.introspection,
    validationRules: createArmor(),
    parseOptions: { maxTokens: API_LIMITS.tokens },
    // No cookies are involved (mutations need an Authorization header, which browsers never add
    // on their own) and GET only runs queries, so CSRF prevention would only refuse plain GET
    // clients (graphql-over-HTTP audits).
    csrfPrevention: false,
    // The CLI owns SIGINT / SIGTERM (it also stops the local Neo4j); Apollo's own handlers
    // would race it and leave stop() waiting forever.
    stopOnTerminationSignals: false,
    // Apollo's own landing page loads its sandbox from a CDN; /graphql serves a local one instead (sandbox/).
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints are used; Apollo's default cache-control plugin would wrap every
      // field's resolver (a 10k-edge subgraph is 70k calls through its willResolveField).
      ApolloServerPluginCacheControlDisabled(),
      variableLimitsPlugin(),
      databaseUnavailableStatusPlugin(),
    ],
  });
  await apollo.start();
  // GraphQL over WebSocket (subscriptions) on the same port and path.
  const subscriptions = attachSubscriptions(httpServer, graph, config);

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
  graphqlEndpoint = graphqlHttpHandler(apollo, {
    context: (req) => ({ graph, config, bearerToken: /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] }),
    sandboxHtml: sandboxHtml(),
    log,
  });
  if (options.staticDir) app.use('/', express.static(options.staticDir));
  app.use(httpErrorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', async (error: NodeJS.ErrnoException) => {
      await subscriptions.close().catch(() => {});
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
      await subscriptions.close();
      await apollo.stop();
    },
  };
}
