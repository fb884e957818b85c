import type { Resolvers } from './generated/resolvers.ts';
import { nullArgsToDefaults } from './nullArgsToDefaults.ts';
import { analystQueries } from './resolvers/analystQueries.ts';
import { articleQueries } from './resolvers/articleQueries.ts';
import { entityQueries } from './resolvers/entityQueries.ts';
import { factQueries } from './resolvers/factQueries.ts';
import { mutations } from './resolvers/mutations.ts';
import { statsQueries } from './resolvers/statsQueries.ts';
import { traversalQueries } from './resolvers/traversalQueries.ts';
import * as types from './resolvers/typeFields.ts';
import { JsonScalar } from './scalars/JsonScalar.ts';
import { PartialDateScalar } from './scalars/PartialDate.ts';

/**
 * Resolver map for schema.graphql. Each Query field compiles its selection into one Cypher
 * statement (src/api/compile); the object types below read the projected values back
 * (keyedFields.ts). Explicit null arguments mean the SDL default (root fields here, nested fields
 * in the compiler). Typed by the resolver types generated from schema.graphql (npm run codegen).
 */
export const resolvers: Resolvers = {
  PartialDate: PartialDateScalar,
  JSON: JsonScalar,
  Query: nullArgsToDefaults({ ...statsQueries, ...entityQueries, ...traversalQueries, ...factQueries, ...analystQueries, ...articleQueries }),
  Mutation: nullArgsToDefaults(mutations),
  Entity: types.entityFields,
  Fact: types.factFields,
  Source: types.sourceFields,
  Denial: types.denialFields,
  AlliesAtOdds: types.alliesAtOddsFields,
  Article: types.articleFields,
  Path: types.pathFields,
  Subgraph: types.subgraphFields,
  SearchHit: types.searchHitFields,
  ConnectedEntity: types.connectedEntityFields,
  Stats: types.statsFields,
  FactConnection: types.connectionFields,
  EntityConnection: types.connectionFields,
  ArticleConnection: types.connectionFields,
};
