import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors/AppError.ts';

/**
 * Normalises every error leaving the API: AppErrors keep their message and code (plus safe
 * details), GraphQL validation errors pass through, anything else becomes
 * INTERNAL_SERVER_ERROR with a generic message. Stack traces never leave the process in
 * production.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const code = original.code === 'INTERNAL_SERVER_ERROR' ? 'INTERNAL_SERVER_ERROR' : original.code;
      const message = code === 'INTERNAL_SERVER_ERROR' ? 'internal server error' : original.message;
      return { ...formatted, message, extensions: { ...original.details, code } };
    }
    if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return production ? { ...formatted, extensions } : formatted;
    }
    return { message: 'internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
