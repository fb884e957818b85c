import { createRequire } from 'node:module';

/**
 * graphql as Node's resolver loads it for Apollo (the CommonJS entry). Schema objects Apollo
 * hands to resolvers come from that copy; helpers that check types with instanceof
 * (getArgumentValues, getNamedType, ...) must come from the same one (see variableLimits.ts).
 */
export const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
