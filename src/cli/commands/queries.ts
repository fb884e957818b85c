import { Command } from 'commander';
import { runCommand } from '../runCommand.ts';

/** `newsgraph queries`: the saved analyst queries of cypher/queries/explore. */
export default function queriesCommand(): Command {
  return new Command('queries')
    .description('list the saved queries (cypher/queries/explore) with their parameters')
    .option('--json', 'print them as JSON')
    .action(
      runCommand(async (opts: { json?: boolean }) => {
        const [{ loadConfig }, { loadCypherRegistry }, { SAVED_QUERY_AREA }, { describeSavedQueries }] = await Promise.all([
          import('../../config/loadConfig.ts'),
          import('../../graph/cypherRegistry.ts'),
          import('../../console/findSavedQuery.ts'),
          import('../../console/describeSavedQueries.ts'),
        ]);
        const saved = loadCypherRegistry(loadConfig().rootDir).area(SAVED_QUERY_AREA);
        if (opts.json) {
          const list = saved.map((q) => ({ name: q.name, description: q.description, params: q.params, file: `cypher/queries/${q.key}.cypher` }));
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        } else {
          process.stdout.write(describeSavedQueries(saved));
        }
      }),
    );
}
