import { AppError, InvalidInputError } from '../errors/AppError.ts';

/**
 * Rewrites a Neo4j syntax error about `query` into a message that names line and column and
 * marks the position under the offending line. `prefixLength` is how many characters the
 * console put before the user's text (the `EXPLAIN ` of the safety check), so positions point
 * into what the user typed. Other errors are returned unchanged.
 */
export function markSyntaxError(error: unknown, query: string, prefixLength = 0): unknown {
  if (!(error instanceof AppError) || error.details.neo4jCode !== 'Neo.ClientError.Statement.SyntaxError') return error;
  const position = /\s*\(line \d+, column \d+ \(offset: (\d+)\)\)/.exec(error.message);
  // Neo4j's own message: its first line, without the position (we recompute it) or echoed query.
  const reason = error.message.split('\n')[0]!.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)/, '');
  if (!position) return new InvalidInputError(`Cypher syntax error: ${reason}`, error.details, { cause: error });
  const offset = Math.min(Math.max(Number(position[1]) - prefixLength, 0), query.length);
  const before = query.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const text = query.split('\n')[line - 1] ?? '';
  const marker = `${' '.repeat(column - 1)}^`;
  return new InvalidInputError(
    `Cypher syntax error at line ${line}, column ${column}: ${reason}\n  ${text}\n  ${marker}`,
    { ...error.details, line, column },
    { cause: error },
  );
}
