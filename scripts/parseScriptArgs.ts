/**
 * Command-line options of the npm scripts (eval and benchmarks): node:util's parseArgs plus
 * `-h` / `--help`, which prints the script's usage and exits 0, and a plain error for an unknown
 * or malformed option (its message, then the usage, exit 1) instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseScriptArgs<const T extends ParseArgsConfig>(script: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(`${script}: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(1);
  }
}
