import { Command } from 'commander';
import { intOption, runCommand } from '../runCommand.ts';
import { withGraph } from '../connect.ts';
import type { GdeltImportReport } from '../../importers/gdelt/importGdelt.ts';

/** `newsgraph import gdelt <files...>`: load GDELT 2.0 event exports into the graph. */
export default function importCommand(): Command {
  const command = new Command('import').description('import external event data into the graph');
  command
    .command('gdelt')
    .description('import GDELT 2.0 event exports (.csv with a header, header-less tab-separated .tsv/.CSV, or .zip of them); idempotent')
    .argument('<files...>', 'event files or zip archives')
    .option('--batch-size <n>', 'rows per write transaction', intOption('--batch-size', 1, 100_000), 500)
    .option('--json', 'print the report as JSON')
    .action(
      runCommand(async (files: string[], opts: { batchSize: number; json?: boolean }) => {
        const { importGdelt } = await import('../../importers/gdelt/importGdelt.ts');
        const report = await withGraph(async (graph) => {
          const bar = !opts.json && process.stderr.isTTY ? await progressBar() : undefined;
          try {
            return await importGdelt(graph, files, {
              batchSize: opts.batchSize,
              onProgress: bar ? (done, total) => (bar.getTotal() === total ? bar.update(done) : bar.start(total, done)) : undefined,
            });
          } finally {
            bar?.stop();
          }
        }, {}, { schema: true });
        process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatReport(report));
      }),
    );
  return command;
}

async function progressBar() {
  const { default: progress } = await import('cli-progress');
  return new progress.SingleBar({ format: 'importing [{bar}] {percentage}% | {value}/{total} bytes', clearOnComplete: true }, progress.Presets.shades_classic);
}

const SHOWN_LINES = 8;

/** The human-readable report: totals, then every skip reason with its first line numbers. */
function formatReport(r: GdeltImportReport): string {
  const skippedTotal = Object.values(r.skipped).reduce((n, s) => n + s.count, 0);
  const lines = [
    `imported ${r.files.join(', ')} in ${r.seconds.toFixed(1)} s (${r.batches} batches)`,
    `  rows read        ${r.rowsRead}`,
    `  rows imported    ${r.rowsImported}`,
    `  facts written    ${r.factsWritten}  (new facts ${r.factsCreated}, new articles ${r.articlesCreated}, new entities ${r.entitiesCreated})`,
    `  rows skipped     ${skippedTotal}`,
  ];
  for (const [reason, s] of Object.entries(r.skipped)) {
    if (!s.count) continue;
    const multi = r.files.length > 1;
    const where = s.locations.slice(0, SHOWN_LINES).map((l) => (multi ? `${l.file}:${l.line}` : String(l.line)));
    const more = s.count > where.length ? ` (+${s.count - where.length} more; --json lists up to 1000)` : '';
    lines.push(`    ${reason.padEnd(22)} ${String(s.count).padStart(6)}  line ${where.join(', ')}${more}`);
  }
  return `${lines.join('\n')}\n`;
}
