import type { GraphQLResolveInfo } from 'graphql';
import { factsStatement, type FactsArgs } from '../compile/factStatements.ts';
import { rootSelection } from '../compile/selectFields.ts';
import type { ApiContext } from '../context.ts';
import type { ConnectionValue, Keyed } from '../keyedFields.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

/** Query.facts: the filtered, paginated fact list in one statement. */
export const factQueries = {
  facts: async (_: unknown, args: FactsArgs, { graph }: ApiContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
    const statement = factsStatement(args, rootSelection(info));
    const [row] = await graph.runStatement<{ nodes?: Keyed[]; total?: number }>(statement);
    return { __nodes: row?.nodes, __total: row?.total, __offset: statement.offset };
  },
} satisfies QueryResolvers;
