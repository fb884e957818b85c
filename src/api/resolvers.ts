import type { Resolvers } from './generated/resolverTypes.ts';
import { nullArgsToDefaults } from './nullArgsToDefaults.ts';
import { articleQueries } from './resolvers/articleQueries.ts';
import { entityQueries } from './resolvers/entityQueries.ts';
import { factQueries } from './resolvers/factQueries.ts';
import { mutations } from './resolvers/mutations.ts';
import { statsFields, statsQueries } from './resolvers/statsQueries.ts';
import { traversalQueries } from './resolvers/traversalQueries.ts';
import { articleFields, entityFields, factFields, sourceFields } from './resolvers/typeFields.ts';
import { JsonScalar } from './scalars/JsonScalar.ts';
import { PartialDateScalar } from './scalars/PartialDate.ts';

/**
 * Resolver map for schema.graphql (fields not listed resolve from the row objects by name).
 * Typed with the types generated from the schema (npm run codegen): a resolver whose arguments,
 * parent row or result disagree with the contract fails `npm run typecheck` here.
 */
export const resolvers: Resolvers = {
  PartialDate: PartialDateScalar,
  JSON: JsonScalar,
  Query: nullArgsToDefaults({ ...statsQueries, ...entityQueries, ...traversalQueries, ...factQueries, ...articleQueries }),
  Mutation: nullArgsToDefaults(mutations),
  Entity: nullArgsToDefaults(entityFields),
  Fact: factFields,
  Source: sourceFields,
  Article: articleFields,
  Stats: nullArgsToDefaults(statsFields),
};
