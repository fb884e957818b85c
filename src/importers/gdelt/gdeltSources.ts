import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InvalidInputError } from '../../errors/AppError.ts';

/** One input to read: a plain file or one entry of a zip archive. */
export interface GdeltSource {
  /** Shown in the report: `events.csv` or `export.zip!20170701.export.CSV`. */
  name: string;
  /** Uncompressed size in bytes, for the progress bar. */
  size: number;
  /** Opens a fresh stream of the raw bytes (may be called more than once). */
  open(): Promise<Readable>;
}

/** The sources behind the given paths (a .zip yields its .csv/.tsv/.txt entries); `close` releases zip files. */
export async function gdeltSources(paths: string[]): Promise<{ sources: GdeltSource[]; close(): void }> {
  const sources: GdeltSource[] = [];
  const zips: yauzl.ZipFile[] = [];
  const close = () => zips.forEach((z) => z.close());
  try {
    for (const file of paths) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        throw new InvalidInputError(`${file}: no such file`, { file });
      }
      if (!stat.isFile()) throw new InvalidInputError(`${file}: not a file`, { file });
      if (/\.zip$/i.test(file)) {
        const zip = await openZip(file);
        zips.push(zip);
        const entries = (await zipEntries(zip)).filter((e) => !e.fileName.endsWith('/') && /\.(csv|tsv|txt)$/i.test(e.fileName));
        if (entries.length === 0) throw new InvalidInputError(`${file}: the zip archive holds no .csv, .tsv or .txt file`, { file });
        for (const entry of entries) {
          sources.push({ name: `${path.basename(file)}!${entry.fileName}`, size: entry.uncompressedSize, open: () => zip.openReadStreamPromise(entry) });
        }
      } else {
        sources.push({ name: path.basename(file), size: stat.size, open: async () => fs.createReadStream(file) });
      }
    }
  } catch (error) {
    close();
    throw error;
  }
  return { sources, close };
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(new InvalidInputError(`${file}: not a readable zip archive (${error.message})`, { file })) : resolve(zip),
    ),
  );
}

function zipEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}
