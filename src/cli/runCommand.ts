import { InvalidArgumentError } from 'commander';
import pc from 'picocolors';
import { AppError, exitCodeFor } from '../errors/AppError.ts';

/**
 * Wraps a command action: AppErrors print one line `newsgraph: <reason>` and exit with their
 * code; anything else is a crash and prints the real error with its stack.
 */
export function runCommand<A extends unknown[]>(action: (...args: A) => Promise<void | number>) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await action(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (error) {
      if (error instanceof AppError) {
        process.stderr.write(`${pc.red('newsgraph:')} ${error.message}\n`);
        process.exitCode = exitCodeFor[error.code];
      } else {
        process.stderr.write(`${pc.red('newsgraph crashed:')} ${(error as Error)?.stack ?? String(error)}\n`);
        process.exitCode = 70;
      }
    }
  };
}

/**
 * Parses a whole-number option, naming the flag in the error. It throws commander's own
 * InvalidArgumentError, so a bad value goes through the parser's error path (usage error,
 * `newsgraph: --limit must be a positive integer (got "abc")`, exit 2; see main.ts).
 */
export function intOption(flag: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      const range = min === 1 && max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `a whole number from ${min} to ${max}`;
      throw new InvalidArgumentError(`${flag} must be ${range} (got "${value}")`);
    }
    return n;
  };
}
