import { InvalidInputError } from '../errors/AppError.ts';

/** A page of ids as a Cypher list statement returns it: the slice plus the total before paging. */
export interface IdPage {
  ids: string[];
  totalCount: number;
}

/** Opaque cursor for the item at `offset` (cursors are positions in the filtered, ordered list). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/** The offset to start after `after` (0 when absent); BAD_USER_INPUT for a cursor this API did not issue. */
export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw new InvalidInputError(`after: ${JSON.stringify(after)} is not a cursor returned by this API (use pageInfo.endCursor)`, { argument: 'after' });
  return Number(m[1]) + 1;
}

/** The connection shape (edges, nodes, pageInfo, totalCount) for one page starting at `offset`. */
export function toConnection<T>(nodes: T[], offset: number, totalCount: number) {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
