import { InvalidInputError } from '../errors/AppError.ts';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** Parses a duration flag such as `100ms`, `5s`, `2m` or a bare number of milliseconds. */
export function parseDuration(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(text.trim());
  const ms = m ? Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 'ms']!) : NaN;
  if (!Number.isFinite(ms) || ms < 1) {
    throw new InvalidInputError(`${flag} must be a duration such as 100ms, 5s or 2m (got "${text}")`);
  }
  return ms;
}
