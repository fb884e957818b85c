import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor } from './pagination.ts';

/**
 * Compiled statements return objects keyed by GraphQL response key (aliases included), so the
 * object types they produce read `parent[responseKey]` instead of `parent[fieldName]`.
 */
const byResponseKey = (parent: Record<string, unknown>, _: unknown, __: unknown, info: GraphQLResolveInfo) => parent[info.path.key as string];

/** Resolvers reading every listed field by response key. */
export function keyed(fields: readonly string[]): Record<string, typeof byResponseKey> {
  return Object.fromEntries(fields.map((f) => [f, byResponseKey]));
}

// Properties every Fact node (and edge) has; the rest are the relation's own (src/model/README.md).
const FACT_KEYS = new Set(['id', 'factId', 'relation', 'subjectId', 'objectId', 'firstDate', 'lastDate', 'sortDate', 'sourceCount', 'status', 'confidence', 'validFrom', 'validTo', 'recordedAt', 'retractedAt', 'publisherCount', 'contested']);

/** Fact.properties: the relation's own properties out of all of the node's (or edge's), null when none. */
export function factProperties(parent: Record<string, unknown>, _: unknown, __: unknown, info: GraphQLResolveInfo): Record<string, unknown> | null {
  const all = (parent[info.path.key as string] ?? {}) as Record<string, unknown>;
  const own = Object.entries(all).filter(([k]) => !FACT_KEYS.has(k));
  return own.length > 0 ? Object.fromEntries(own) : null;
}

/** What compiled statements return for a connection field; the connection resolvers below finish it. */
export interface ConnectionValue {
  __nodes?: unknown[];
  __total?: number;
  __offset: number;
}

/** FactConnection / EntityConnection / ArticleConnection fields over a ConnectionValue. */
export const connectionFields = {
  nodes: (c: ConnectionValue) => c.__nodes ?? [],
  edges: (c: ConnectionValue) => (c.__nodes ?? []).map((node, i) => ({ cursor: encodeCursor(c.__offset + i), node })),
  totalCount: (c: ConnectionValue) => c.__total ?? 0,
  pageInfo: (c: ConnectionValue) => {
    const n = c.__nodes?.length ?? 0;
    return { hasNextPage: c.__offset + n < (c.__total ?? 0), endCursor: n ? encodeCursor(c.__offset + n - 1) : null };
  },
};
