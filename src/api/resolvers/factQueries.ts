import { checkLimit } from '../apiLimits.ts';
import type { ApiContext } from '../context.ts';
import { loadExisting } from '../createLoaders.ts';
import { decodeCursor, toConnection, type IdPage } from '../pagination.ts';
import { relationTypesOrAll, statusesOrAll } from './relationFilter.ts';

interface FactsArgs {
  relationTypes?: string[] | null;
  subject?: string | null;
  object?: string | null;
  article?: string | null;
  from?: string | null;
  to?: string | null;
  statuses?: string[] | null;
  first: number;
  after?: string | null;
}

/** Query.facts: the filtered, paginated fact list. */
export const factQueries = {
  facts: async (_: unknown, args: FactsArgs, { graph, loaders }: ApiContext) => {
    const limit = checkLimit('first', args.first, 'first', 0);
    const skip = decodeCursor(args.after);
    const [page] = await graph.readQuery<IdPage>('api/list-facts', {
      types: relationTypesOrAll(args.relationTypes),
      statuses: statusesOrAll(args.statuses),
      subject: args.subject ?? null,
      object: args.object ?? null,
      article: args.article ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      skip,
      limit,
    });
    return toConnection(await loadExisting(loaders.fact, page!.ids), skip, page!.totalCount);
  },
};
