import { Command } from 'commander';
import { dbCommand } from './commands/db.ts';
import { serveCommand } from './commands/serve.ts';
import { upCommand } from './commands/up.ts';
import { migrateCommand } from './commands/migrate.ts';

/** Builds the `newsgraph` program; each command module imports its heavy parts lazily. */
export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('newsgraph: a knowledge-graph explorer for news (Neo4j + GraphQL)')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride((err) => {
      // Usage errors exit 1 (commander's default); --help and --version exit 0.
      process.exit(err.exitCode);
    });
  for (const command of [upCommand(), dbCommand(), serveCommand(), migrateCommand()]) {
    program.addCommand(command);
  }
  return program;
}

await buildProgram().parseAsync(process.argv);
