import { InvalidInputError, LimitExceededError } from '../errors/AppError.ts';

/** Caps on arguments and on the query document; errors name the limit and its value. */
export const API_LIMITS = {
  /** Page size of any list (`first`). */
  first: 100,
  /** `hops` of neighbourhood and subgraph. */
  hops: 3,
  /** `maxHops` of shortestPaths. */
  maxHops: 6,
  /** `maxNodes` of subgraph. */
  maxNodes: 1000,
  /** Entity ids given to subgraph. */
  subgraphIds: 50,
  /** Query document: nesting depth, cost, aliases (graphql-armor). */
  depth: 12,
  cost: 100000,
  aliases: 20,
  /** Tokens in a query document (graphql's parser stops beyond). */
  tokens: 5000,
} as const;

/** Checks that a numeric argument is a whole number of at least `min`, else BAD_USER_INPUT naming it. */
export function checkAtLeast(argument: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new InvalidInputError(`${argument} must be a whole number of at least ${min} (got ${value})`, { argument });
  }
  return value;
}

/** Checks a numeric argument: a whole number from `min` up to the named limit, else BAD_USER_INPUT / LIMIT_EXCEEDED. */
export function checkLimit(argument: string, value: number, limit: keyof typeof API_LIMITS, min = 1): number {
  checkAtLeast(argument, value, min);
  const max = API_LIMITS[limit];
  if (value > max) throw new LimitExceededError(argument, max, value);
  return value;
}
