import fs from 'node:fs';
import path from 'node:path';
import { InvalidInputError } from '../errors/AppError.ts';

/** A fact file is YAML or JSON: `*.facts.yaml` by convention, any .yaml / .yml / .json given by name. */
const FACT_FILE = /\.(ya?ml|json)$/i;

/**
 * Expands files and folders into fact file paths, in a stable order: a folder contributes its
 * `*.facts.yaml` / `*.facts.yml` / `*.facts.json` files (recursively), a file is taken as given.
 * A path that does not exist is returned as is, so that loading it reports it as unreadable.
 */
export function findFactFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push(p);
      continue;
    }
    if (stat.isDirectory()) {
      const found = fs
        .readdirSync(p, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.facts\.(ya?ml|json)$/i.test(f))
        .sort()
        .map((f) => path.join(p, f));
      if (!found.length) throw new InvalidInputError(`${p}: no fact files (*.facts.yaml) in this folder`, { file: p });
      out.push(...found);
    } else if (FACT_FILE.test(p)) {
      out.push(p);
    } else {
      throw new InvalidInputError(`${p}: not a fact file (expected .yaml, .yml or .json)`, { file: p });
    }
  }
  return [...new Set(out)];
}
