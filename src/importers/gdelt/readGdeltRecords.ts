import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { GDELT_COLUMNS, REQUIRED_COLUMNS, type GdeltRow } from './gdeltColumns.ts';
import type { SkipReason } from './gdeltEvent.ts';
import type { GdeltFormat } from './sniffGdeltFormat.ts';
import type { GdeltSource } from './gdeltSources.ts';

/** One record of a GDELT file: a row by column name, or the reason it cannot be read. */
export type GdeltRecord = { line: number; row: GdeltRow } | { line: number; skip: SkipReason };

/**
 * Streams the records of one GDELT source (csv-parse, constant memory). Rows with the wrong
 * number of fields, bytes that are not UTF-8 and broken quoting come out as skips with their
 * line number; a short last record with no final newline is a truncated line.
 */
export async function* readGdeltRecords(source: GdeltSource, format: GdeltFormat, onBytes?: (bytes: number) => void): AsyncGenerator<GdeltRecord> {
  const columns = format.header ?? [...GDELT_COLUMNS];
  const index = REQUIRED_COLUMNS.map((c) => [c, columns.indexOf(c)] as const);
  const tail = new TailTracker(onBytes);
  const errors: GdeltRecord[] = [];
  const parser = parse({
    delimiter: format.delimiter,
    quote: format.delimiter === ',' ? '"' : false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    encoding: null, // fields as bytes: invalid UTF-8 is detected per row, not silently replaced
    info: true,
    from_line: format.header ? 2 : 1,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) errors.push({ line: lineOf(error), skip: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated-line' : 'malformed-line' });
      return undefined;
    },
  });
  // pipeline forwards a read error into the parser, so the loop below throws it.
  pipeline(await source.open(), tail, parser, () => {});
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A short record is only known to be truncated once we know it was the file's last one.
  let pending: number | null = null;
  const flushPending = function* (): Generator<GdeltRecord> {
    if (pending !== null) yield { line: pending, skip: 'wrong-column-count' };
    pending = null;
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: Buffer[]; info: { lines: number } }>) {
    yield* errors.splice(0);
    const line = info.lines;
    if (record.length < columns.length) {
      yield* flushPending();
      pending = line;
      continue;
    }
    yield* flushPending();
    if (record.length > columns.length) {
      yield { line, skip: 'wrong-column-count' };
      continue;
    }
    let fields: string[];
    try {
      fields = record.map((b) => decoder.decode(b));
    } catch {
      yield { line, skip: 'non-utf8' };
      continue;
    }
    yield { line, row: Object.fromEntries(index.map(([c, i]) => [c, fields[i] ?? ''])) as GdeltRow };
  }
  yield* errors.splice(0);
  if (pending !== null) yield { line: pending, skip: tail.endsWithNewline ? 'wrong-column-count' : 'truncated-line' };
}

function lineOf(error: CsvError): number {
  return Number((error as CsvError & { lines?: number }).lines ?? 0);
}

/** Passes bytes through, reporting their count and remembering whether the stream ended with a newline. */
class TailTracker extends Transform {
  endsWithNewline = true;
  constructor(private readonly onBytes?: (bytes: number) => void) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (chunk.length) this.endsWithNewline = chunk[chunk.length - 1] === 0x0a;
    this.onBytes?.(chunk.length);
    callback(null, chunk);
  }
}
