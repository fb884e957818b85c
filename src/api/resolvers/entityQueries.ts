import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, NotFoundError } from '../../errors/AppError.ts';
import { checkLimit } from '../apiLimits.ts';
import { entitiesByIdStatement, entitiesStatement, entityStatement, searchStatement, type EntitiesArgs } from '../compile/entityStatements.ts';
import { isFlat } from '../compile/projections.ts';
import { childFields, rootSelection } from '../compile/selectFields.ts';
import type { ApiContext } from '../context.ts';
import type { ConnectionValue, Keyed } from '../keyedFields.ts';
import { rankSearchHits, type SearchCandidate } from '../rankSearchHits.ts';
import { toFulltextQuery } from '../toFulltextQuery.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

/** Longest search term accepted (characters); longer ones are BAD_USER_INPUT. */
export const SEARCH_TERM_MAX = 200;

/** Query.entity, Query.entities and Query.search: one statement each (search: two when the hits' selection nests lists). */
export const entityQueries = {
  entity: async (_: unknown, args: { id: string }, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    const [row] = await graph.runStatement<{ entity: Keyed }>(entityStatement(args, rootSelection(info)));
    if (!row) throw new NotFoundError(`no entity with id "${args.id}"`, { argument: 'id', id: args.id });
    return row.entity;
  },

  entities: async (_: unknown, args: EntitiesArgs, { graph }: ApiContext, info: GraphQLResolveInfo): Promise<ConnectionValue> => {
    const statement = entitiesStatement(args, rootSelection(info));
    const [row] = await graph.runStatement<{ nodes?: Keyed[]; total?: number }>(statement);
    return { __nodes: row?.nodes, __total: row?.total, __offset: statement.offset };
  },

  search: async (_: unknown, args: { query: string; types?: string[] | null; first: number }, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    const first = checkLimit('first', args.first, 'first', 0);
    if (args.query.length > SEARCH_TERM_MAX) {
      throw new InvalidInputError(`query: search terms are limited to ${SEARCH_TERM_MAX} characters (got ${args.query.length})`, { argument: 'query', max: SEARCH_TERM_MAX });
    }
    // The full-text index narrows the candidates, so search cost does not grow with the graph.
    const lucene = toFulltextQuery(args.query);
    if (!lucene || first === 0) return [];
    const hitFields = rootSelection(info);
    const entityFields = childFields(hitFields, 'entity');
    const flat = isFlat(entityFields);
    const candidates = await graph.runStatement<SearchCandidate & { entity?: Keyed }>(
      searchStatement({ lucene, types: args.types, candidates: Math.max(50, first * 5) }, flat ? entityFields : null),
    );
    const hits = rankSearchHits(args.query, candidates, first);
    let entities = new Map(candidates.map((c) => [c.id, c.entity]));
    if (!flat && hits.length) {
      const rows = await graph.runStatement<{ id: string; entity: Keyed }>(entitiesByIdStatement(hits.map((h) => h.id), entityFields));
      entities = new Map(rows.map((r) => [r.id, r.entity]));
    }
    return hits
      .filter((h) => entities.has(h.id))
      .map((h) => Object.fromEntries(hitFields.map((f) => [f.key, f.name === 'score' ? h.score : entities.get(h.id)])));
  },
} satisfies QueryResolvers;
