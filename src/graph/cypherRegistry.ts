import fs from 'node:fs';
import path from 'node:path';
import { NotFoundError } from '../errors/AppError.ts';

/** A parameter declared in a .cypher file's header: `// param name: type [= default] - text`. */
export interface CypherParam {
  name: string;
  type: string;
  default: string | undefined;
  description: string;
}

/** One statement loaded from `cypher/queries/<area>/<name>.cypher`. */
export interface CypherFile {
  /** `<area>/<name>`, e.g. `ingest/merge-entities`. */
  key: string;
  area: string;
  name: string;
  description: string;
  params: CypherParam[];
  text: string;
  file: string;
}

/** All statements under `cypher/queries`, loaded once; `get` fails fast on a missing key. */
export class CypherRegistry {
  readonly files: ReadonlyMap<string, CypherFile>;

  constructor(files: Map<string, CypherFile>) {
    this.files = files;
  }

  /** The statement text for `<area>/<name>`; throws if the file does not exist. */
  get(key: string): string {
    return this.entry(key).text;
  }

  /** The whole parsed file for `<area>/<name>`; throws if the file does not exist. */
  entry(key: string): CypherFile {
    const file = this.files.get(key);
    if (!file) throw new NotFoundError(`no Cypher file cypher/queries/${key}.cypher`, { key });
    return file;
  }

  /** Every file of one area (folder), sorted by name. */
  area(area: string): CypherFile[] {
    return [...this.files.values()].filter((f) => f.area === area).sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Parses the header comment block of a .cypher file. */
export function parseCypherFile(key: string, file: string, source: string): CypherFile {
  const [area = '', name = key] = key.split('/');
  const params: CypherParam[] = [];
  const description: string[] = [];
  for (const line of source.split('\n')) {
    const m = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!m) break;
    const body = m[1]!.trim();
    const param = /^param\s+\$?(\w+)\s*:\s*([\w[\]|?]+)(?:\s*=\s*(\S+))?(?:\s*-\s*(.*))?$/.exec(body);
    if (param) {
      params.push({ name: param[1]!, type: param[2]!, default: param[3], description: param[4] ?? '' });
    } else if (/^description\s*:/.test(body)) {
      description.push(body.replace(/^description\s*:\s*/, ''));
    }
  }
  return { key, area, name, description: description.join(' '), params, text: source.trim(), file };
}

/** Loads every `.cypher` file below `<rootDir>/cypher/queries` into a registry. */
export function loadCypherRegistry(rootDir: string): CypherRegistry {
  const base = path.join(rootDir, 'cypher', 'queries');
  const files = new Map<string, CypherFile>();
  if (!fs.existsSync(base)) return new CypherRegistry(files);
  for (const area of fs.readdirSync(base, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const entry of fs.readdirSync(path.join(base, area.name))) {
      if (!entry.endsWith('.cypher')) continue;
      const file = path.join(base, area.name, entry);
      const key = `${area.name}/${entry.replace(/\.cypher$/, '')}`;
      files.set(key, parseCypherFile(key, file, fs.readFileSync(file, 'utf8')));
    }
  }
  return new CypherRegistry(files);
}
