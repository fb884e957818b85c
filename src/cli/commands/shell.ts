import path from 'node:path';
import { Command, Option } from 'commander';
import { intOption, runCommand } from '../runCommand.ts';

/** `newsgraph shell`: the interactive Cypher console (also reads piped statements). */
export default function shellCommand(): Command {
  return new Command('shell')
    .description('interactive Cypher console: statements end with ";", :help for commands; read-only unless :write')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--limit <n>', 'row cap per statement (default 1000)', intOption('--limit', 1))
    .option('--timeout <duration>', 'transaction time limit per statement, e.g. 500ms, 5s (default NEWSGRAPH_QUERY_TIMEOUT_MS)')
    .action(
      runCommand(async (opts: { format: 'table' | 'json' | 'csv'; limit?: number; timeout?: string }) => {
        const [{ withGraph }, { parseDuration }, { runShell }] = await Promise.all([
          import('../connect.ts'),
          import('../../console/parseDuration.ts'),
          import('../../console/runShell.ts'),
        ]);
        const timeout = opts.timeout === undefined ? undefined : parseDuration('--timeout', opts.timeout);
        const code = await withGraph((graph, config) =>
          runShell({
            graph,
            registry: graph.cypher,
            input: process.stdin,
            output: process.stdout,
            errorOutput: process.stderr,
            interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
            historyFile: path.join(config.local.home, 'shell_history'),
            format: opts.format,
            limit: opts.limit,
            timeoutMs: timeout ?? config.queryTimeoutMs,
          }),
        );
        // A terminal's stdin stays referenced after readline closes (typed-ahead input left in
        // it kept the process from exiting after :exit): let it go.
        process.stdin.destroy();
        return code;
      }),
    );
}
