import { Command } from 'commander';
import { runCommand } from '../runCommand.ts';
import { withGraph } from '../connect.ts';

/** `newsgraph migrate`: apply pending schema migrations from cypher/schema. */
export default function migrateCommand(): Command {
  return new Command('migrate')
    .description('apply pending schema migrations (cypher/schema/V###__*.cypher) in order; re-runnable')
    .option('--json', 'print the applied versions as JSON')
    .action(
      runCommand(async (opts: { json?: boolean }) => {
        const { applyMigrations } = await import('../../graph/applyMigrations.ts');
        const applied = await withGraph((graph, config) => applyMigrations(graph, config.rootDir));
        if (opts.json) process.stdout.write(`${JSON.stringify({ applied })}\n`);
        else process.stdout.write(applied.length ? `applied migrations ${applied.join(', ')}\n` : 'schema is up to date\n');
      }),
    );
}
