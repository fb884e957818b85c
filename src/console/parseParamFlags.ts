import { InvalidInputError } from '../errors/AppError.ts';

/** Splits repeated `--param name=value` flags into raw text values by name. */
export function parseParamFlags(flags: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const flag of flags) {
    const m = /^\$?([A-Za-z_]\w*)=(.*)$/s.exec(flag);
    if (!m) throw new InvalidInputError(`--param "${flag}": expected name=value, e.g. --param entity=USA or --param limit=5`);
    raw[m[1]!] = m[2]!;
  }
  return raw;
}
