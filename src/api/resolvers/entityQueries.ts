import { NotFoundError } from '../../errors/AppError.ts';
import { checkLimit } from '../apiLimits.ts';
import type { ApiContext } from '../context.ts';
import { loadExisting } from '../createLoaders.ts';
import { decodeCursor, toConnection, type IdPage } from '../pagination.ts';
import { rankSearchHits, searchKey, type SearchCandidate } from '../rankSearchHits.ts';
import { entityTypesOrAll } from './relationFilter.ts';
import { toFulltextQuery } from '../toFulltextQuery.ts';

interface EntitiesArgs {
  type?: string | null;
  kind?: string | null;
  namePrefix?: string | null;
  first: number;
  after?: string | null;
}

/** Query.entity, Query.entities and Query.search. */
export const entityQueries = {
  entity: async (_: unknown, { id }: { id: string }, { loaders }: ApiContext) => {
    const entity = await loaders.entity.load(id);
    if (!entity) throw new NotFoundError(`no entity with id "${id}"`, { argument: 'id', id });
    return entity;
  },

  entities: async (_: unknown, args: EntitiesArgs, { graph, loaders }: ApiContext) => {
    const limit = checkLimit('first', args.first, 'first', 0);
    const skip = decodeCursor(args.after);
    const prefix = args.namePrefix ? searchKey(args.namePrefix) : null;
    const [page] = await graph.readQuery<IdPage>('api/list-entities', { type: args.type ?? null, kind: args.kind ?? null, prefix, skip, limit });
    return toConnection(await loadExisting(loaders.entity, page!.ids), skip, page!.totalCount);
  },

  search: async (_: unknown, args: { query: string; types?: string[] | null; first: number }, { graph, loaders }: ApiContext) => {
    const first = checkLimit('first', args.first, 'first', 0);
    // The full-text index narrows the candidates, so search cost does not grow with the graph.
    const lucene = toFulltextQuery(args.query);
    if (!lucene) return [];
    const candidates = await graph.readQuery<SearchCandidate>('api/search-candidates', { lucene, types: entityTypesOrAll(args.types) });
    const hits = rankSearchHits(args.query, candidates, first);
    const byId = new Map((await loadExisting(loaders.entity, hits.map((h) => h.id))).map((e) => [e.id, e]));
    return hits.flatMap((h) => {
      const entity = byId.get(h.id);
      return entity ? [{ entity, score: h.score }] : [];
    });
  },
};
