import { Command, Option } from 'commander';
import { intOption, runCommand } from '../runCommand.ts';
import { collect } from './cypher.ts';

/** `newsgraph query <name>`: runs one saved query with typed parameters. */
export default function queryCommand(): Command {
  return new Command('query')
    .description('run a saved query by name ("newsgraph queries" lists them)')
    .argument('<name>', 'saved query name, e.g. criticism-of')
    .option('-p, --param <name=value>', 'a parameter the query declares (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--limit <n>', 'row cap (default 1000); a notice says when rows were cut', intOption('--limit', 1))
    .option('--timeout <duration>', 'transaction time limit, e.g. 500ms, 5s (default NEWSGRAPH_QUERY_TIMEOUT_MS)')
    .addHelpText('after', '\nExample:\n  newsgraph query criticism-of --param target=us-boat-strike-campaign')
    .action(
      runCommand(async (name: string, opts: { param: string[]; format: 'table' | 'json' | 'csv'; limit?: number; timeout?: string }) => {
        const [{ withGraph }, { loadConfig }, { loadCypherRegistry }, { findSavedQuery }, { coerceSavedQueryParams }, { parseParamFlags }, { parseDuration }, { runConsoleQuery }, { renderResult, describeResult }] =
          await Promise.all([
            import('../connect.ts'),
            import('../../config/loadConfig.ts'),
            import('../../graph/cypherRegistry.ts'),
            import('../../console/findSavedQuery.ts'),
            import('../../console/coerceSavedQueryParams.ts'),
            import('../../console/parseParamFlags.ts'),
            import('../../console/parseDuration.ts'),
            import('../../console/runConsoleQuery.ts'),
            import('../../console/renderResult.ts'),
          ]);
        // Name and parameters are checked before connecting, so typos fail fast without a database.
        const saved = findSavedQuery(loadCypherRegistry(loadConfig().rootDir), name);
        const params = coerceSavedQueryParams(saved, parseParamFlags(opts.param));
        const timeout = opts.timeout === undefined ? undefined : parseDuration('--timeout', opts.timeout);
        await withGraph(async (graph, config) => {
          const result = await runConsoleQuery(graph, saved.text, { params, limit: opts.limit, timeoutMs: timeout ?? config.queryTimeoutMs });
          process.stdout.write(renderResult(result, opts.format));
          process.stderr.write(`${describeResult(result)}\n`);
        });
      }),
    );
}
