import type { Graph } from '../../graph/Graph.ts';
import { gdeltRowToEvent } from './gdeltRowToEvent.ts';
import { SKIP_REASONS, type GdeltEvent, type SkipReason } from './gdeltEvent.ts';
import { gdeltSources } from './gdeltSources.ts';
import { readGdeltRecords } from './readGdeltRecords.ts';
import { sniffGdeltFormat } from './sniffGdeltFormat.ts';
import { writeGdeltBatch } from './writeGdeltBatch.ts';

/** Rows skipped for one reason: the exact count and where (file and line; the first MAX_LOCATIONS). */
export interface SkipCount {
  count: number;
  locations: { file: string; line: number }[];
}

/** What an import read, wrote and skipped. rowsRead = rowsImported + the sum of skipped counts. */
export interface GdeltImportReport {
  files: string[];
  rowsRead: number;
  rowsImported: number;
  /** Distinct facts the import wrote a source for: each row's event plus PART_OF links of role organisations. */
  factsWritten: number;
  factsCreated: number;
  articlesCreated: number;
  entitiesCreated: number;
  skipped: Record<SkipReason, SkipCount>;
  batches: number;
  seconds: number;
}

export interface GdeltImportOptions {
  /** Rows per write transaction (default 500); 1 gives the naive one-transaction-per-row loader. */
  batchSize?: number;
  /** Called as bytes are read: (bytes so far, total bytes of all inputs). */
  onProgress?: (done: number, total: number) => void;
}

/** Line numbers kept per skip reason; counts are always exact. */
export const MAX_LOCATIONS = 1000;

/**
 * Imports GDELT 2.0 event exports (.csv with header, header-less .tsv/.CSV, or .zip of them):
 * streams rows, maps each to facts, writes them in batches of one transaction each. Every
 * input is checked first: one that is not GDELT at all throws before anything is written.
 */
export async function importGdelt(graph: Graph, paths: string[], options: GdeltImportOptions = {}): Promise<GdeltImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 500;
  const { sources, close } = await gdeltSources(paths);
  const report: GdeltImportReport = {
    files: sources.map((s) => s.name),
    rowsRead: 0,
    rowsImported: 0,
    factsWritten: 0,
    factsCreated: 0,
    articlesCreated: 0,
    entitiesCreated: 0,
    skipped: Object.fromEntries(SKIP_REASONS.map((r) => [r, { count: 0, locations: [] }])) as unknown as Record<SkipReason, SkipCount>,
    batches: 0,
    seconds: 0,
  };
  try {
    const formats = [];
    for (const source of sources) formats.push(await sniffGdeltFormat(source));
    const total = sources.reduce((n, s) => n + s.size, 0);
    let done = 0;
    let batch: GdeltEvent[] = [];
    const written = new Set<string>();
    const flush = async () => {
      if (!batch.length) return;
      const counts = await writeGdeltBatch(graph, batch);
      for (const id of counts.factIds) written.add(id);
      report.factsWritten = written.size;
      report.factsCreated += counts.factsCreated;
      report.articlesCreated += counts.articlesCreated;
      report.entitiesCreated += counts.entitiesCreated;
      report.rowsImported += batch.length;
      report.batches += 1;
      batch = [];
    };
    for (const [i, source] of sources.entries()) {
      const onBytes = (n: number) => {
        done += n;
        options.onProgress?.(done, total);
      };
      for await (const record of readGdeltRecords(source, formats[i]!, onBytes)) {
        report.rowsRead += 1;
        const event = 'row' in record ? gdeltRowToEvent(record.row, record.line) : record;
        if ('skip' in event) {
          const entry = report.skipped[event.skip];
          entry.count += 1;
          if (entry.locations.length < MAX_LOCATIONS) entry.locations.push({ file: source.name, line: record.line });
          continue;
        }
        batch.push(event);
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
  } finally {
    close();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
