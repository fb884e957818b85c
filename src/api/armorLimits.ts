import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { answerCostRule } from './answerCost.ts';
import { API_LIMITS } from './apiLimits.ts';

/** A validation error in the API's limit format: code LIMIT_EXCEEDED with the limit's name and value. */
function limitError(limit: string, max: number, detail: string): GraphQLError {
  return new GraphQLError(`${limit} is limited to ${max}: ${detail.replace(/^Syntax Error: /, '')}`, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, max },
  });
}

/** Reports armor's rejection as our own error, so clients get one format for every limit. */
function reject(limit: string, max: number) {
  return [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(limitError(limit, max, error.message))];
}

// Fragments are flattened: a fragment spread is syntax, not an extra level of nesting.
/** graphql-armor protections (depth, aliases, directives) plus the answer-size cost (answerCost.ts) as validation rules. */
export function createArmor() {
  const armor = new ApolloArmor({
    maxDepth: { n: API_LIMITS.depth, flattenFragments: true, propagateOnRejection: false, onReject: reject('query depth', API_LIMITS.depth) },
    // The cost counts first / maxNodes / hops (answerCost.ts) instead of armor's per-field cost.
    costLimit: { enabled: false },
    maxAliases: { n: API_LIMITS.aliases, propagateOnRejection: false, onReject: reject('aliases', API_LIMITS.aliases) },
    maxDirectives: { n: 50 },
    // Armor's token plugin re-throws parse errors as HTTP 500; graphql's own parser limit
    // (API_LIMITS.tokens, set in createServer) rejects long documents with a 400 instead.
    maxTokens: { enabled: false },
    // Field suggestions help newcomers in the local sandbox; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
  const cost = answerCostRule(API_LIMITS.cost, (ctx, value) => ctx.reportError(limitError('query cost', API_LIMITS.cost, `this query could return about ${Math.round(value)} values`)));
  return [...(armor ?? []), cost];
}
