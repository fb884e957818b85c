import type * as R from '../generated/resolvers.ts';
import { connectionFields, factProperties, keyed } from '../keyedFields.ts';

/**
 * Object fields of the types compiled statements return: each reads its response key from the
 * projection (src/api/compile), so nested fields cost no statement of their own. Scalar fields
 * need no resolver: projections hold them under the field name (keyedFields.ts).
 */
export const entityFields = keyed<R.EntityResolvers>(['offices', 'relations', 'timeline']);
export const factFields = {
  ...keyed<R.FactResolvers>(['subject', 'object', 'sources', 'validity', 'endedBy', 'denials']),
  properties: factProperties,
};
export const sourceFields = keyed<R.SourceResolvers>(['article']);
export const denialFields = keyed<R.DenialResolvers>(['fact', 'source']);
export const alliesAtOddsFields = keyed<R.AlliesAtOddsResolvers>(['a', 'b', 'alliances', 'hostileFacts']);
export const articleFields = keyed<R.ArticleResolvers>(['facts', 'entities']);
export const pathFields = keyed<R.PathResolvers>(['entities', 'facts']);
export const subgraphFields = keyed<R.SubgraphResolvers>(['nodes', 'edges']);
export const searchHitFields = keyed<R.SearchHitResolvers>(['entity']);
export const connectedEntityFields = keyed<R.ConnectedEntityResolvers>(['entity']);
export const statsFields = keyed<R.StatsResolvers>(['entityCounts', 'relationCounts', 'mostConnected']);
export { connectionFields };
