import { createRequire } from 'node:module';
import type http from 'node:http';
import type { GraphQLError as GraphQLErrorType, GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Config } from '../../config/loadConfig.ts';
import type { Graph } from '../../graph/Graph.ts';
import { API_LIMITS } from '../apiLimits.ts';
import { createArmor } from '../armorLimits.ts';
import { formatError } from '../formatError.ts';
import { loadTypeDefs } from '../loadSchema.ts';
import { resolvers } from '../resolvers.ts';
import { inlineNumericVariables } from '../variableLimits.ts';
import { ChangeFeed } from './ChangeFeed.ts';
import { subscriptionResolvers, type SubscriptionContext } from './subscriptionResolvers.ts';

// The CommonJS graphql (and @graphql-tools over it), the one Apollo loads (see variableLimits.ts).
const require = createRequire(import.meta.url);
const { GraphQLError, parse, specifiedRules, validate, getOperationAST } = require('graphql') as typeof import('graphql');
const { makeExecutableSchema } = require('@graphql-tools/schema') as typeof import('@graphql-tools/schema');

/** Operations one WebSocket may have running at once. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/** The WebSocket side of the API; close() ends every subscription and the change feed. */
export interface SubscriptionServer {
  close(): Promise<void>;
}

/**
 * Serves GraphQL over WebSocket (graphql-ws protocol) on the HTTP server's `/graphql` path,
 * beside Apollo's HTTP endpoint: the same schema and resolvers plus the Subscription type,
 * the same limits (token count at parse, graphql-armor depth / cost / aliases, also with
 * numeric variables written in), the same error format, and the bearer key taken from the
 * `connection_init` payload (`{"authorization": "Bearer <key>"}`) for mutations.
 */
export function attachSubscriptions(httpServer: http.Server, graph: Graph, config: Config): SubscriptionServer {
  const schema: GraphQLSchema = makeExecutableSchema({ typeDefs: loadTypeDefs(config.rootDir), resolvers: [resolvers, subscriptionResolvers] as never });
  const changes = new ChangeFeed(graph, config.changePollMs);
  const armor = createArmor();
  const format = formatError(config.server.production);
  const active = new WeakMap<object, number>();
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 2 * 1024 * 1024 });
  const disposable = useServer(
    {
      schema,
      onSubscribe: (ctx, _id, payload) => {
        const running = active.get(ctx.extra.socket) ?? 0;
        if (running >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [new GraphQLError(`operations per connection is limited to ${MAX_SUBSCRIPTIONS_PER_SOCKET} (got ${running + 1})`, { extensions: { code: 'LIMIT_EXCEEDED', limit: 'operations per connection', max: MAX_SUBSCRIPTIONS_PER_SOCKET } })];
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: API_LIMITS.tokens });
        } catch (error) {
          return [error as GraphQLErrorType];
        }
        const variables = payload.variables ?? {};
        const errors = [...validate(schema, document, [...specifiedRules, ...armor]), ...validate(schema, inlineNumericVariables(document, variables), armor)];
        if (errors.length) return [errors[0]!];
        if (!getOperationAST(document, payload.operationName)) return [new GraphQLError('the document has no operation to run (or operationName names none)')];
        active.set(ctx.extra.socket, running + 1);
        const authorization = String((ctx.connectionParams as Record<string, unknown> | undefined)?.authorization ?? '');
        const contextValue: SubscriptionContext = {
          graph,
          config,
          bearerToken: /^Bearer\s+(.+)$/i.exec(authorization)?.[1],
          changes,
        };
        return { schema, document, variableValues: variables, operationName: payload.operationName, contextValue };
      },
      onComplete: (ctx) => {
        active.set(ctx.extra.socket, Math.max(0, (active.get(ctx.extra.socket) ?? 1) - 1));
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e.toJSON(), e)),
    },
    wss,
  );
  return {
    close: async () => {
      await changes.stop();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
