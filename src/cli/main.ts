import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, type CommanderError } from 'commander';

/** Order of commands in `--help`; any other file in commands/ is listed after these. */
const ORDER = ['up', 'db', 'serve', 'migrate', 'ingest', 'retract', 'extract', 'add', 'watch', 'cypher', 'shell', 'queries', 'query', 'import'];

/**
 * Builds the `newsgraph` program from `src/cli/commands/*.ts`: each file default-exports a
 * function returning its Command and imports its heavy parts lazily inside the action.
 */
export async function buildProgram(): Promise<Command> {
  const program = new Command('newsgraph')
    .description('newsgraph: a knowledge-graph explorer for news (Neo4j + GraphQL)')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of names) {
    const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as { default: () => Command };
    program.addCommand(mod.default());
  }
  applyUsageErrors(program);
  return program;
}

/**
 * Usage errors from the parser, on every (sub)command: one line `newsgraph: <reason>` (the
 * flag and what it must be), then a pointer to --help. A flag value that fails its parser
 * (commander.invalidArgument) is bad input: exit 2 like every other; other usage errors exit 1.
 */
function applyUsageErrors(command: Command): void {
  command.configureOutput({ outputError: (text, write) => write(`newsgraph: ${usageReason(text)}`) });
  command.showHelpAfterError('(run with --help for usage)');
  command.exitOverride((error: CommanderError) => {
    process.exit(error.code === 'commander.invalidArgument' ? 2 : error.exitCode);
  });
  for (const sub of command.commands) applyUsageErrors(sub);
}

/**
 * `error: option '--limit <n>' argument '-5' is invalid. --limit must be ...` -> `--limit must be ...`;
 * when the reason does not name the flag (commander's own "Allowed choices are ..."), the flag
 * and the value stay: `--extractor 'bogus' is invalid. Allowed choices are ...`.
 */
export function usageReason(text: string): string {
  const message = text.replace(/^error: /, '');
  const m = /^(?:option|command-argument value) '(?<flag>[^' ]+)[^']*' (?:argument '(?<value>[^']*)' )?.*?is invalid(?: for argument '[^']*')?\. (?<reason>.*)$/s.exec(message);
  if (!m?.groups) return message;
  const { flag, value, reason } = m.groups as { flag: string; value?: string; reason: string };
  return reason.includes(flag) ? reason : `${flag} ${value === undefined ? '' : `'${value}' `}is invalid. ${reason}`;
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}

await (await buildProgram()).parseAsync(process.argv);
