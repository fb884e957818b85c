import type { GraphQLResolveInfo } from 'graphql';
import { rootSelection } from '../compile/selectFields.ts';
import { statsStatement } from '../compile/statsStatements.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

type Count = { __count: number; __name: string };

/** Query.database, Query.stats (one statement, counts from the count store) and Query.dateRange. */
export const statsQueries = {
  database: async (_: unknown, __: unknown, { graph }: ApiContext) => {
    const [row] = await graph.readQuery<{ version: string; nodeCount: number; relationshipCount: number }>('api/database-info');
    return { uri: graph.uri, ...row! }; // the statement always answers one row
  },

  stats: async (_: unknown, __: unknown, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    const fields = rootSelection(info);
    const [row] = await graph.runStatement<{ stats: Record<string, unknown> }>(statsStatement(fields));
    const stats = row!.stats;
    // Largest count first, ties by name (the count store gives them in vocabulary order).
    for (const f of fields) {
      if (f.name === 'entityCounts' || f.name === 'relationCounts') (stats[f.key] as Count[]).sort((a, b) => b.__count - a.__count || a.__name.localeCompare(b.__name));
    }
    return stats;
  },

  dateRange: async (_: unknown, __: unknown, { graph }: ApiContext) => {
    const [row] = await graph.readQuery<{ min: string | null; max: string | null }>('api/date-range');
    return row ?? { min: null, max: null };
  },
} satisfies QueryResolvers;
