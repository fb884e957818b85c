import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../errors/AppError.ts';
import type { ApiContext } from './context.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Allows a mutation only with `Authorization: Bearer <NEWSGRAPH_API_KEY>`; mutations are disabled without a configured key. */
export function requireApiKey({ config, bearerToken }: ApiContext): void {
  const key = config.server.apiKey;
  if (!key) throw new ForbiddenError('mutations are disabled: the server has no NEWSGRAPH_API_KEY configured');
  if (!bearerToken) throw new UnauthenticatedError('this mutation needs an "Authorization: Bearer <key>" header with the NEWSGRAPH_API_KEY');
  // Compare digests of equal length in constant time so the key cannot be guessed byte by byte.
  if (!timingSafeEqual(digest(bearerToken), digest(key))) throw new UnauthenticatedError('the bearer key is not valid');
}
