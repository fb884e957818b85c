import type { GraphQLResolveInfo } from 'graphql';
import { alliesAtOddsStatement, contestedStatement, corroborationStatement, type AlliesAtOddsArgs, type CorroborationArgs } from '../compile/analystStatements.ts';
import { rootSelection } from '../compile/selectFields.ts';
import type { ApiContext } from '../context.ts';
import type { ConnectionValue } from '../keyedFields.ts';

/** Query.alliesAtOdds (the saved query explore/allies-at-odds, projected), Query.corroboration and Query.contested: one statement each. */
export const analystQueries = {
  alliesAtOdds: async (_: unknown, args: AlliesAtOddsArgs, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    const [row] = await graph.runStatement<{ pairs: unknown[] }>(alliesAtOddsStatement(graph.cypher.get('explore/allies-at-odds'), args, rootSelection(info)));
    return row?.pairs ?? [];
  },

  corroboration: async (_: unknown, args: CorroborationArgs, { graph }: ApiContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
    const statement = corroborationStatement(args, rootSelection(info));
    const [row] = await graph.runStatement<{ nodes?: unknown[]; total?: number }>(statement);
    return { __nodes: row?.nodes, __total: row?.total, __offset: statement.offset };
  },

  contested: async (_: unknown, args: { relationTypes?: string[] | null; first: number; after?: string | null }, { graph }: ApiContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
    const statement = contestedStatement(args, rootSelection(info));
    const [row] = await graph.runStatement<{ nodes?: unknown[]; total?: number }>(statement);
    return { __nodes: row?.nodes, __total: row?.total, __offset: statement.offset };
  },
};
