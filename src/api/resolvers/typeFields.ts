import { NotFoundError } from '../../errors/AppError.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import { checkLimit } from '../apiLimits.ts';
import type { ApiContext } from '../context.ts';
import { loadExisting } from '../createLoaders.ts';
import { decodeCursor, toConnection } from '../pagination.ts';
import type { ArticleRow, EntityRow, FactRow, SourceRow } from '../rows.ts';
import { relationTypesOrAll } from './relationFilter.ts';

// Typed against the vocabulary, so renaming the relation there breaks the build here.
const OFFICE: RelationType = 'HOLDS_OFFICE';

interface RelationsArgs {
  types?: string[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  from?: string | null;
  to?: string | null;
  first: number;
  after?: string | null;
}

/** Entity fields that need the graph; each goes through a per-request loader (one statement per level). */
export const entityFields = {
  offices: async (e: EntityRow, _: unknown, { loaders }: ApiContext) => {
    const page = await loaders.relations({ types: [OFFICE], direction: 'OUTGOING', from: null, to: null, skip: 0, limit: 100 }).load(e.id);
    return loadExisting(loaders.fact, page.ids);
  },
  relations: async (e: EntityRow, args: RelationsArgs, { loaders }: ApiContext) => {
    const limit = checkLimit('first', args.first, 'first', 0);
    const skip = decodeCursor(args.after);
    const page = await loaders
      .relations({ types: relationTypesOrAll(args.types), direction: args.direction, from: args.from ?? null, to: args.to ?? null, skip, limit })
      .load(e.id);
    return toConnection(await loadExisting(loaders.fact, page.ids), skip, page.totalCount);
  },
  timeline: async (e: EntityRow, args: { first: number }, { loaders }: ApiContext) => {
    const limit = checkLimit('first', args.first, 'first', 0);
    return loadExisting(loaders.fact, await loaders.timeline(limit).load(e.id));
  },
  degree: (e: EntityRow, _: unknown, { loaders }: ApiContext) => loaders.degree.load(e.id),
};

/** Fact.sources: the reports of a fact, batched across all facts of the request. */
export const factFields = {
  sources: (f: FactRow, _: unknown, { loaders }: ApiContext) => loaders.sources.load(f.id),
};

/** Source.article: the reporting article, batched. */
export const sourceFields = {
  article: async (s: SourceRow, _: unknown, { loaders }: ApiContext) => {
    const article = await loaders.article.load(s.articleId);
    // Source.article is non-null: an article gone meanwhile (retracted) is NOT_FOUND, not a null.
    if (!article) throw new NotFoundError(`no article with id "${s.articleId}"`, { id: s.articleId });
    return article;
  },
};

/** Article.facts and Article.entities, batched. */
export const articleFields = {
  facts: async (a: ArticleRow, _: unknown, { loaders }: ApiContext) => loadExisting(loaders.fact, (await loaders.articleContents.load(a.id)).factIds),
  entities: async (a: ArticleRow, _: unknown, { loaders }: ApiContext) =>
    loadExisting(loaders.entity, (await loaders.articleContents.load(a.id)).entityIds),
};
