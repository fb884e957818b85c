import type { GraphQLResolveInfo } from 'graphql';
import { NotFoundError } from '../../errors/AppError.ts';
import { articlesStatement, articleStatement } from '../compile/articleStatements.ts';
import { rootSelection } from '../compile/selectFields.ts';
import type { ApiContext } from '../context.ts';
import type { ConnectionValue, Keyed } from '../keyedFields.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

/** Query.article and Query.articles, one statement each. */
export const articleQueries = {
  article: async (_: unknown, args: { id: string }, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    const [row] = await graph.runStatement<{ article: Keyed }>(articleStatement(args, rootSelection(info)));
    if (!row) throw new NotFoundError(`no article with id "${args.id}"`, { argument: 'id', id: args.id });
    return row.article;
  },

  articles: async (_: unknown, args: { first: number; after?: string | null }, { graph }: ApiContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
    const statement = articlesStatement(args, rootSelection(info));
    const [row] = await graph.runStatement<{ nodes?: Keyed[]; total?: number }>(statement);
    return { __nodes: row?.nodes, __total: row?.total, __offset: statement.offset };
  },
} satisfies QueryResolvers;
