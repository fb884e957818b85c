import { InvalidInputError } from '../errors/AppError.ts';

/** One problem in a fact file: where (field path) and what. */
export interface SourceIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** `facts[3].relation` from `['facts', 3, 'relation']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out || '(root)';
}

const MAX_LISTED = 20;

/**
 * The InvalidInputError for a fact file with problems: one line per issue,
 * `<file>:<line>: <field path>: <what is wrong>` (line omitted when unknown).
 */
export function invalidFactFile(file: string, issues: readonly SourceIssue[], lineOf?: (path: readonly PropertyKey[]) => number | undefined): InvalidInputError {
  const located = issues.map((issue) => {
    const line = lineOf?.(issue.path);
    return { file, line, path: formatPath(issue.path), message: issue.message };
  });
  const lines = located.slice(0, MAX_LISTED).map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.path}: ${i.message}`);
  if (located.length > MAX_LISTED) lines.push(`... and ${located.length - MAX_LISTED} more problems`);
  const first = located[0];
  return new InvalidInputError(lines.join('\n'), { file, line: first?.line, path: first?.path, issues: located });
}
