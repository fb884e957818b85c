import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { InvalidInputError } from '../errors/AppError.ts';
import { FACT_FILE_LIMITS } from './factFileLimits.ts';

/** A parsed YAML (or JSON) document that can say on which line a field path sits. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the deepest node on `path` that exists (the parent for a missing field). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML or JSON text; a syntax error throws InvalidInputError naming file, line and
 * column. Text over the fact-file size cap is refused before parsing, and aliases may expand
 * to at most FACT_FILE_LIMITS.yamlAliases nodes (a "billion laughs" file is that file's error).
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > FACT_FILE_LIMITS.fileBytes) {
    throw new InvalidInputError(`${file}: the fact file is ${bytes} bytes; the limit is ${FACT_FILE_LIMITS.fileBytes} (${FACT_FILE_LIMITS.fileBytes / 1024 / 1024} MiB)`, {
      file,
      limit: 'fileBytes',
    });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InvalidInputError(`${file}:${pos.line}:${pos.col}: invalid YAML: ${reason}`, { file, line: pos.line, column: pos.col });
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let offset = node?.range?.[0];
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        const valueNode = pair.value as Node | null;
        offset = valueNode?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
        node = valueNode;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: FACT_FILE_LIMITS.yamlAliases });
  } catch (error) {
    // The yaml library throws a ReferenceError when aliases expand past maxAliasCount.
    const excessive = /alias count/i.test((error as Error)?.message ?? '');
    const reason = excessive
      ? `aliases expand to too many nodes (limit ${FACT_FILE_LIMITS.yamlAliases}; a YAML "billion laughs" file?)`
      : (error as Error)?.message ?? String(error);
    throw new InvalidInputError(`${file}: invalid YAML: ${reason}`, { file, limit: excessive ? 'yamlAliases' : undefined });
  }
  return { file, data, lineOf };
}
