import type { ApiContext } from './context.ts';

/** Resolver map for schema.graphql. */
export const resolvers = {
  Query: {
    database: async (_: unknown, __: unknown, { graph }: ApiContext) => {
      const [row] = await graph.readQuery<{ version: string; nodeCount: number; relationshipCount: number }>('api/database-info');
      return { uri: graph.uri, ...row };
    },
  },
};
