import fs from 'node:fs';
import path from 'node:path';

/** Fact files found under the given paths, and the paths that held none. */
export interface FoundFactFiles {
  files: string[];
  problems: { file: string; message: string }[];
}

const FACT_FILE_IN_FOLDER = /\.facts\.(ya?ml|json)$/i;

/**
 * Expands files and folders into fact file paths, in a stable order: a folder contributes its
 * `*.facts.yaml` / `*.facts.yml` / `*.facts.json` files (recursively), a file is taken as
 * given (loading reports it if it is unreadable or not a fact file).
 */
export function findFactFiles(paths: readonly string[]): FoundFactFiles {
  const files: string[] = [];
  const problems: FoundFactFiles['problems'] = [];
  for (const p of paths) {
    let isFolder = false;
    try {
      isFolder = fs.statSync(p).isDirectory();
    } catch {
      // not there: loadFactFile says so, with the reason
    }
    if (!isFolder) {
      files.push(p);
      continue;
    }
    const found = fs
      .readdirSync(p, { recursive: true, encoding: 'utf8' })
      .filter((f) => FACT_FILE_IN_FOLDER.test(f))
      .sort()
      .map((f) => path.join(p, f));
    if (found.length) files.push(...found);
    else problems.push({ file: p, message: `${p}: no fact files (*.facts.yaml) in this folder` });
  }
  return { files: [...new Set(files)], problems };
}
