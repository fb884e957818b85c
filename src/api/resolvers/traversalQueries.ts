import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, NotFoundError } from '../../errors/AppError.ts';
import { rootSelection } from '../compile/selectFields.ts';
import { neighbourhoodStatement, shortestPathsStatement, subgraphStatement, type SubgraphArgs } from '../compile/traversalStatements.ts';
import { listColumn } from '../compile/tuples.ts';
import type { ApiContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import type { Keyed } from '../keyedFields.ts';

/** NOT_FOUND naming the argument and the unknown ids. */
function notFound(argument: string, ids: string[]): NotFoundError {
  return new NotFoundError(`${argument}: no entity with id ${ids.map((m) => `"${m}"`).join(', ')}`, { argument, ids });
}

/** Query.neighbourhood, Query.shortestPaths and Query.subgraph: one statement each, existence included. */
export const traversalQueries = {
  neighbourhood: async (_: unknown, args: { id: string; hops: number; relationTypes?: string[] | null; asOf?: string | null; knownAt?: string | null }, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    // One statement; a long list of entities arrives as slices over several rows (inRows).
    const statement = neighbourhoodStatement(args, rootSelection(info));
    const rows = await graph.runStatement<{ found: boolean; entities: unknown[] }>(statement);
    if (!rows[0]?.found) throw notFound('id', [args.id]);
    return listColumn(rows, 'entities', statement);
  },

  shortestPaths: async (
    _: unknown,
    args: { from: string; to: string; maxHops: number; relationTypes?: string[] | null; all: boolean; asOf?: string | null; knownAt?: string | null },
    { graph }: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const statement = shortestPathsStatement(args, rootSelection(info));
    if (args.from === args.to) throw new InvalidInputError('from and to must be different entities', { argument: 'to' });
    const [row] = await graph.runStatement<{ fromFound: boolean; toFound: boolean; paths: Keyed[] }>(statement);
    const missing = [...(row?.fromFound ? [] : [args.from]), ...(row?.toFound ? [] : [args.to])];
    if (missing.length) throw notFound('from/to', missing);
    return row!.paths;
  },

  subgraph: async (_: unknown, args: SubgraphArgs, { graph }: ApiContext, info: GraphQLResolveInfo) => {
    const fields = rootSelection(info);
    // One statement; long node and edge lists arrive as slices over several rows (inRows).
    const statement = subgraphStatement(args, fields);
    const rows = await graph.runStatement<{ missing: string[]; truncated: boolean; nodes?: unknown[]; edges?: unknown[] }>(statement);
    const first = rows[0]!;
    if (first.missing.length) throw notFound('ids', first.missing);
    return Object.fromEntries(fields.map((f) => [f.key, f.name === 'truncated' ? first.truncated : listColumn(rows, f.name, statement)]));
  },
} satisfies QueryResolvers;
