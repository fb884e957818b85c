import { Command } from 'commander';
import { intOption, runCommand } from '../runCommand.ts';
import { withGraph } from '../connect.ts';

/** `newsgraph ingest <files or folders...>`: load fact files, many articles per transaction. */
export default function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'load fact files (YAML/JSON; folders: every *.facts.yaml inside), up to --batch-size articles per transaction ' +
        '(a failing batch is retried article by article, so only bad articles fail); applies pending schema migrations first; re-runnable',
    )
    .argument('<paths...>', 'fact files or folders')
    .option('--batch-size <n>', 'articles per write transaction', intOption('--batch-size', 1, 10_000), 100)
    .option('--dry-run', 'validate and report what would change, write nothing')
    .option('--json', 'print the report as JSON')
    .action(
      runCommand(async (paths: string[], opts: { dryRun?: boolean; json?: boolean; batchSize: number }) => {
        const { ingestFiles } = await import('../../ingest/ingestFiles.ts');
        const { loadEntityRegistry } = await import('../../ingest/loadEntityRegistry.ts');
        const { printIngestReport } = await import('../printIngestReport.ts');
        const report = await withGraph(async (graph, config) => {
          const registry = loadEntityRegistry(config.rootDir);
          const bar = !opts.json && process.stderr.isTTY && paths.length > 0 ? await progressBar() : undefined;
          try {
            return await ingestFiles(graph, paths, {
              dryRun: opts.dryRun,
              registry,
              batchArticles: opts.batchSize,
              onProgress: bar && ((done, total) => (bar.getTotal() === total ? bar.update(done) : bar.start(total, done))),
            });
          } finally {
            bar?.stop();
          }
        }, {}, { schema: !opts.dryRun });
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else printIngestReport(report);
        // Bad input in any file: exit 2 like every other bad-input error, after the valid files
        // loaded; a failure that was not the file's fault (database gone: 5) wins.
        const { exitCodeFor } = await import('../../errors/AppError.ts');
        const worst = report.failures.find((f) => f.code !== 'BAD_USER_INPUT') ?? report.failures[0];
        return worst ? exitCodeFor[worst.code] : 0;
      }),
    );
}

async function progressBar() {
  const { SingleBar, Presets } = await import('cli-progress');
  return new SingleBar({ format: 'ingest [{bar}] {value}/{total} files', stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
}
