import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../../errors/AppError.ts';
import { GDELT_COLUMNS, REQUIRED_COLUMNS } from './gdeltColumns.ts';
import type { GdeltSource } from './gdeltSources.ts';

/** How a GDELT file is laid out: its delimiter and, for files with a header row, the column names. */
export interface GdeltFormat {
  delimiter: '\t' | ',';
  header: string[] | null;
}

const SNIFF_BYTES = 1 << 20;
const SNIFF_LINES = 10;

/**
 * Reads the start of a source and says how it is laid out, or throws InvalidInputError when it
 * is not a GDELT 2.0 event export: a header must name the columns the importer reads; without a
 * header, one of the first lines must be a 61-field row starting with an event id and a YYYYMMDD date.
 */
export async function sniffGdeltFormat(source: GdeltSource): Promise<GdeltFormat> {
  const head = await readHead(source);
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, SNIFF_LINES).filter((l) => l.trim() !== '');
  const notGdelt = (why: string) =>
    new InvalidInputError(`${source.name}: not a GDELT 2.0 event export (${why}); nothing was imported`, { file: source.name });
  if (lines.length === 0) throw notGdelt('the file is empty');
  const delimiter = lines[0]!.includes('\t') ? '\t' : ',';
  const fields = (line: string): string[] => {
    try {
      return (parse(line, { delimiter, quote: delimiter === ',' ? '"' : false, relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? [];
    } catch {
      return [];
    }
  };
  const first = fields(lines[0]!);
  if (first[0] === 'GLOBALEVENTID') {
    const missing = REQUIRED_COLUMNS.filter((c) => !first.includes(c));
    if (missing.length) throw notGdelt(`its header lacks ${missing.join(', ')}`);
    return { delimiter, header: first };
  }
  const looksLikeRow = (f: string[]) => f.length === GDELT_COLUMNS.length && /^\d+$/.test(f[0]!) && /^\d{8}$/.test(f[1]!);
  if (lines.some((l) => looksLikeRow(fields(l)))) return { delimiter, header: null };
  throw notGdelt(
    `line 1 has ${first.length} ${delimiter === '\t' ? 'tab' : 'comma'}-separated fields; a header-less export has ${GDELT_COLUMNS.length} starting with GLOBALEVENTID and SQLDATE (YYYYMMDD), a CSV needs a header row naming them`,
  );
}

async function readHead(source: GdeltSource): Promise<string> {
  const stream = await source.open();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      const text = Buffer.concat(chunks).toString('utf8');
      if (size >= SNIFF_BYTES || text.split('\n').length > SNIFF_LINES) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}
