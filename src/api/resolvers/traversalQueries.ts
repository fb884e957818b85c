import { InvalidInputError, NotFoundError } from '../../errors/AppError.ts';
import { checkAtLeast, checkLimit } from '../apiLimits.ts';
import type { ApiContext } from '../context.ts';
import { loadExisting } from '../createLoaders.ts';
import { relationTypesOrAll, statusesOrAll } from './relationFilter.ts';

interface SubgraphArgs {
  ids: string[];
  hops: number;
  relationTypes?: string[] | null;
  statuses?: string[] | null;
  from?: string | null;
  to?: string | null;
  minSources: number;
  maxNodes: number;
}

/** Throws NOT_FOUND naming the argument when an entity id is unknown. */
async function requireEntities({ loaders }: ApiContext, argument: string, ids: string[]): Promise<void> {
  const rows = await loaders.entity.loadMany(ids);
  const failed = rows.find((r) => r instanceof Error);
  if (failed) throw failed;
  const missing = ids.filter((_, i) => rows[i] === null);
  if (missing.length > 0) throw new NotFoundError(`${argument}: no entity with id ${missing.map((m) => `"${m}"`).join(', ')}`, { argument, ids: missing });
}

/** Query.neighbourhood, Query.shortestPaths and Query.subgraph. */
export const traversalQueries = {
  neighbourhood: async (_: unknown, args: { id: string; hops: number; relationTypes?: string[] | null }, ctx: ApiContext) => {
    const hops = checkLimit('hops', args.hops, 'hops');
    await requireEntities(ctx, 'id', [args.id]);
    const rows = await ctx.graph.readQuery<{ id: string }>('api/neighbourhood', { id: args.id, hops, types: relationTypesOrAll(args.relationTypes) });
    return loadExisting(ctx.loaders.entity, rows.map((r) => r.id));
  },

  shortestPaths: async (
    _: unknown,
    args: { from: string; to: string; maxHops: number; relationTypes?: string[] | null; all: boolean },
    ctx: ApiContext,
  ) => {
    const maxHops = checkLimit('maxHops', args.maxHops, 'maxHops');
    await requireEntities(ctx, 'from/to', [args.from, args.to]);
    if (args.from === args.to) throw new InvalidInputError('from and to must be different entities', { argument: 'to' });
    const rows = await ctx.graph.readQuery<{ entityIds: string[]; factIds: string[] }>('api/shortest-paths', {
      from: args.from,
      to: args.to,
      maxHops,
      all: args.all,
      types: relationTypesOrAll(args.relationTypes),
    });
    return Promise.all(
      rows.map(async (r) => ({
        length: r.factIds.length,
        entities: await loadExisting(ctx.loaders.entity, r.entityIds),
        facts: await loadExisting(ctx.loaders.fact, r.factIds),
      })),
    );
  },

  subgraph: async (_: unknown, args: SubgraphArgs, ctx: ApiContext) => {
    const hops = checkLimit('hops', args.hops, 'hops', 0);
    const maxNodes = checkLimit('maxNodes', args.maxNodes, 'maxNodes');
    checkLimit('number of ids', args.ids.length, 'subgraphIds');
    checkAtLeast('minSources', args.minSources, 1);
    await requireEntities(ctx, 'ids', args.ids);
    const [row] = await ctx.graph.readQuery<{ entityIds: string[]; factIds: string[]; truncated: boolean }>('api/subgraph', {
      ids: args.ids,
      hops,
      maxNodes,
      minSources: args.minSources,
      from: args.from ?? null,
      to: args.to ?? null,
      types: relationTypesOrAll(args.relationTypes),
      statuses: statusesOrAll(args.statuses),
    });
    const [nodes, edges] = await Promise.all([loadExisting(ctx.loaders.entity, row!.entityIds), loadExisting(ctx.loaders.fact, row!.factIds)]);
    return { nodes, edges, truncated: row!.truncated };
  },
};
