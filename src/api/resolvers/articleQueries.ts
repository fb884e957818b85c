import { NotFoundError } from '../../errors/AppError.ts';
import { checkLimit } from '../apiLimits.ts';
import type { ApiContext } from '../context.ts';
import { loadExisting } from '../createLoaders.ts';
import { decodeCursor, toConnection, type IdPage } from '../pagination.ts';

/** Query.article and Query.articles. */
export const articleQueries = {
  article: async (_: unknown, { id }: { id: string }, { loaders }: ApiContext) => {
    const article = await loaders.article.load(id);
    if (!article) throw new NotFoundError(`no article with id "${id}"`, { argument: 'id', id });
    return article;
  },

  articles: async (_: unknown, args: { first: number; after?: string | null }, { graph, loaders }: ApiContext) => {
    const limit = checkLimit('first', args.first, 'first', 0);
    const skip = decodeCursor(args.after);
    const [page] = await graph.readQuery<IdPage>('api/list-articles', { skip, limit });
    return toConnection(await loadExisting(loaders.article, page!.ids), skip, page!.totalCount);
  },
};
