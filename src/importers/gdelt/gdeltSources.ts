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
        const entries = (await zipEntries(zip, file)).filter((e) => /\.(csv|tsv|txt)$/i.test(e.name));
        if (entries.length === 0) throw new InvalidInputError(`${file}: the zip archive holds no .csv, .tsv or .txt file`, { file });
        for (const { entry, name } of entries) {
          sources.push({ name: `${path.basename(file)}!${name}`, size: entry.uncompressedSize, open: () => zip.openReadStreamPromise(entry) });
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
    // decodeStrings: false, because yauzl then fails the whole archive on an entry named
    // `../x` or `/x`; entries are taken by their base name instead (zipEntryName).
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false }, (error, zip) =>
      error ? reject(new InvalidInputError(`${file}: not a readable zip archive (${error.message})`, { file })) : resolve(zip),
    ),
  );
}

/**
 * The base name of a zip entry: the part after the last slash or backslash of its stored name
 * (UTF-8 when the entry says so, else CP437 read as Latin-1), so `../../x.csv` is `x.csv`
 * and nothing is ever resolved against a folder. Folders and names that are empty, `.`, `..`
 * or hold control characters give undefined (the entry is skipped).
 */
export function zipEntryName(raw: Buffer | string, utf8: boolean): string | undefined {
  const full = typeof raw === 'string' ? raw : raw.toString(utf8 ? 'utf8' : 'latin1');
  if (/[\\/]$/.test(full)) return undefined;
  const base = full.split(/[\\/]/).pop() ?? '';
  if (base === '' || base === '.' || base === '..' || /[\u0000-\u001f\u007f]/.test(base)) return undefined;
  return base;
}

function zipEntries(zip: yauzl.ZipFile, file: string): Promise<{ entry: yauzl.Entry; name: string }[]> {
  return new Promise((resolve, reject) => {
    const entries: { entry: yauzl.Entry; name: string }[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = zipEntryName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0);
      if (name !== undefined) entries.push({ entry, name });
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new InvalidInputError(`${file}: not a readable zip archive (${error.message})`, { file })));
    zip.readEntry();
  });
}
