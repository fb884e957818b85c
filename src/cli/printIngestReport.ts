import Table from 'cli-table3';
import pc from 'picocolors';
import type { IngestReport } from '../ingest/ingestFiles.ts';

/** Prints an ingest report: one row per article, the total, then each failure with its reason. */
export function printIngestReport(report: IngestReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (report.articles.length) {
    const table = new Table({
      head: ['article', 'entities new', 'matched', 'facts new', 'corroborated', 'sources added'],
      style: { head: [], border: [] },
      // one line per article: no separator rows
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const a of report.articles) {
      table.push([a.articleId, a.entitiesCreated, a.entitiesMatched, a.factsCreated, a.factsCorroborated, a.sourcesAdded]);
    }
    const t = report.total;
    table.push([pc.bold(`total (${t.articles} article${t.articles === 1 ? '' : 's'})`), t.entitiesCreated, t.entitiesMatched, t.factsCreated, t.factsCorroborated, t.sourcesAdded]);
    out(table.toString());
  }
  const verb = report.dryRun ? 'would load' : 'loaded';
  out(`${report.dryRun ? pc.yellow('dry run, nothing written: ') : ''}${verb} ${report.total.articles} of ${report.total.files} file${report.total.files === 1 ? '' : 's'}`);
  // After a killed or failed run, this is what the earlier run had already committed.
  const unchanged = report.articles.filter((a) => a.unchanged).length;
  if (unchanged) out(`${unchanged} of them already in the graph in this version (nothing written for them)`);
  if (report.failures.length) {
    process.stderr.write(`${pc.red(`${report.failures.length} failed:`)}\n`);
    for (const f of report.failures) process.stderr.write(`  ${f.message.split('\n').join('\n  ')}\n`);
  }
}
