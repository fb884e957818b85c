import type * as R from '../generated/resolvers.ts';
import { connectionFields, factProperties, keyed } from '../keyedFields.ts';

/**
 * Fields of the object types compiled statements return: each reads its response key from
 * the projection (src/api/compile), so nested fields cost no statement of their own.
 */
export const entityFields = keyed<R.EntityResolvers>(['id', 'type', 'name', 'aliases', 'kind', 'description', 'offices', 'relations', 'timeline', 'degree']);
export const factFields = {
  ...keyed<R.FactResolvers>(['id', 'relation', 'subject', 'object', 'firstDate', 'lastDate', 'sourceCount', 'status', 'confidence', 'sources']),
  ...keyed<R.FactResolvers>(['validFrom', 'validTo', 'validity', 'endedBy', 'recordedAt', 'retractedAt', 'publisherCount', 'contested', 'denials']),
  properties: factProperties,
};
export const sourceFields = keyed<R.SourceResolvers>(['article', 'evidence', 'date', 'confidence', 'status', 'validFrom', 'validTo', 'recordedAt', 'retractedAt']);
export const denialFields = keyed<R.DenialResolvers>(['fact', 'source']);
export const validityIntervalFields = keyed<R.ValidityIntervalResolvers>(['validFrom', 'validTo']);
export const alliesAtOddsFields = keyed<R.AlliesAtOddsResolvers>(['a', 'b', 'alliances', 'hostileFacts', 'hostileCount', 'score']);
export const articleFields = keyed<R.ArticleResolvers>(['id', 'title', 'url', 'publisher', 'author', 'publishedAt', 'facts', 'entities']);
export const pathFields = keyed<R.PathResolvers>(['length', 'entities', 'facts']);
export const subgraphFields = keyed<R.SubgraphResolvers>(['nodes', 'edges', 'truncated']);
export const searchHitFields = keyed<R.SearchHitResolvers>(['entity', 'score']);
export const connectedEntityFields = keyed<R.ConnectedEntityResolvers>(['entity', 'degree']);
export const statsFields = keyed<R.StatsResolvers>(['entityCounts', 'relationCounts', 'mostConnected']);
export const typeCountFields = keyed<R.TypeCountResolvers>(['type', 'count']);
export const relationCountFields = keyed<R.RelationCountResolvers>(['relation', 'count']);
export { connectionFields };
