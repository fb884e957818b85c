import { connectionFields, factProperties, keyed } from '../keyedFields.ts';

/**
 * Fields of the object types compiled statements return: each reads its response key from
 * the projection (src/api/compile), so nested fields cost no statement of their own.
 */
export const entityFields = keyed(['id', 'type', 'name', 'aliases', 'kind', 'description', 'offices', 'relations', 'timeline', 'degree']);
export const factFields = {
  ...keyed(['id', 'relation', 'subject', 'object', 'firstDate', 'lastDate', 'sourceCount', 'status', 'confidence', 'sources']),
  ...keyed(['validFrom', 'validTo', 'endedBy', 'recordedAt', 'retractedAt', 'publisherCount', 'contested', 'denials']),
  properties: factProperties,
};
export const sourceFields = keyed(['article', 'evidence', 'date', 'confidence', 'status', 'validFrom', 'validTo', 'recordedAt', 'retractedAt']);
export const denialFields = keyed(['fact', 'source']);
export const alliesAtOddsFields = keyed(['a', 'b', 'alliances', 'hostileFacts', 'hostileCount', 'score']);
export const articleFields = keyed(['id', 'title', 'url', 'publisher', 'author', 'publishedAt', 'facts', 'entities']);
export const pathFields = keyed(['length', 'entities', 'facts']);
export const subgraphFields = keyed(['nodes', 'edges', 'truncated']);
export const searchHitFields = keyed(['entity', 'score']);
export const connectedEntityFields = keyed(['entity', 'degree']);
export const statsFields = keyed(['entityCounts', 'relationCounts', 'mostConnected']);
export const typeCountFields = keyed(['type', 'count']);
export const relationCountFields = keyed(['relation', 'count']);
export { connectionFields };
