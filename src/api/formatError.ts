import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, type AppErrorCode } from '../errors/AppError.ts';

// Messages shown instead of the original in production, where database details must not leak.
const PRODUCTION_MESSAGES: Partial<Record<AppErrorCode, string>> = {
  DATABASE_UNAVAILABLE: 'the database is unavailable; try again later',
  INTERNAL_SERVER_ERROR: 'internal server error',
};

/** The error's own extensions when it (or what it wraps) says which limit or input was wrong. */
function ownExtensions(error: unknown): Record<string, unknown> | undefined {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof GraphQLError && (current.extensions?.code === 'LIMIT_EXCEEDED' || current.extensions?.code === 'BAD_USER_INPUT')) {
      return current.extensions;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Normalises every error leaving the API: AppErrors keep their message and code (plus safe
 * details), limit errors from graphql-armor keep LIMIT_EXCEEDED with `limit` and `max`, bad
 * scalar literals are BAD_USER_INPUT, other GraphQL errors pass through, anything else becomes
 * INTERNAL_SERVER_ERROR with a generic message. Stack traces and database messages never leave
 * the process in production.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { neo4jCode, ...details } = original.details;
      const hidden = production && (PRODUCTION_MESSAGES[original.code] !== undefined || neo4jCode !== undefined);
      const message = hidden ? (PRODUCTION_MESSAGES[original.code] ?? 'the query could not be run') : original.message;
      const safeDetails = production ? details : original.details;
      const extensions = { ...safeDetails, code: original.code, ...(production ? {} : { stacktrace: formatted.extensions?.stacktrace }) };
      return { message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const own = ownExtensions(original) ?? ownExtensions(error);
    if (own) {
      const { stacktrace, ...rest } = formatted.extensions ?? {};
      // `http` only tells Apollo which status to send; it is not for clients.
      const { http: _http, ...safe } = own;
      return { ...formatted, extensions: { ...rest, ...safe, ...(production ? {} : { stacktrace }) } };
    }
    if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return production ? { ...formatted, extensions } : formatted;
    }
    return { message: 'internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
