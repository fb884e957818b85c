import { ENTITY_TYPES, type EntityType, type RelationType } from '../../model/vocabulary.ts';
import { checkLimit } from '../apiLimits.ts';
import type { ApiContext } from '../context.ts';
import { loadExisting } from '../createLoaders.ts';
import type { EntityRow } from '../rows.ts';
import { relationTypesOrAll } from './relationFilter.ts';

/** Query.database, Query.stats (with Stats.mostConnected) and Query.dateRange. */
export const statsQueries = {
  database: async (_: unknown, __: unknown, { graph }: ApiContext) => {
    const [row] = await graph.readQuery<{ version: string; nodeCount: number; relationshipCount: number }>('api/database-info');
    return { uri: graph.uri, ...row! }; // the statement always returns one row
  },

  stats: async (_: unknown, __: unknown, { graph }: ApiContext) => {
    const [row] = await graph.readQuery<{ entityCounts: { type: EntityType; count: number }[]; relationCounts: { relation: RelationType; count: number }[] }>('api/stats-counts', { entityTypes: [...ENTITY_TYPES] });
    return row!; // aggregation: always one row
  },

  dateRange: async (_: unknown, __: unknown, { graph }: ApiContext) => {
    const [row] = await graph.readQuery<{ min: string | null; max: string | null }>('api/date-range');
    return row ?? { min: null, max: null };
  },
};

/** Stats.mostConnected: entities by number of facts, overall or for one relation type. */
export const statsFields = {
  mostConnected: async (_: unknown, args: { first: number; relation?: string | null }, { graph, loaders }: ApiContext) => {
    const limit = checkLimit('first', args.first, 'first', 0);
    const rows = await graph.readQuery<{ id: string; degree: number }>('api/most-connected', {
      limit,
      types: relationTypesOrAll(args.relation ? [args.relation] : null),
    });
    const entities = await loadExisting<EntityRow>(loaders.entity, rows.map((r) => r.id));
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows.flatMap((r) => {
      const entity = byId.get(r.id);
      return entity ? [{ entity, degree: r.degree }] : [];
    });
  },
};
