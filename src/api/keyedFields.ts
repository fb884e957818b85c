import type { GraphQLResolveInfo } from 'graphql';
import { fieldNameKeys } from './compile/selectFields.ts';
import { encodeCursor } from './pagination.ts';

/**
 * What a compiled statement returns for an object type: its selected scalar fields keyed by
 * field name, its object fields by GraphQL response key (aliases of one field may carry
 * different arguments or selections); see SelectedField in compile/selectFields.ts. The
 * resolver types map the object types to it (src/api/generated/resolvers.ts, scripts/generateTypes.ts).
 */
export type Keyed = Record<string, unknown>;

type KeyedResolver = (parent: Keyed, _: unknown, __: unknown, info: GraphQLResolveInfo) => any;

/** The resolvers `keyed` made, so that withoutKeyedResolvers can leave them out. */
const BY_RESPONSE_KEY = new WeakSet<object>();

/**
 * Resolvers for the listed object fields of a type, reading `parent[responseKey]` (or
 * `parent.__<key>` when the alias is the name of one of the type's scalar fields:
 * objectFieldKey). Scalar fields get no resolver: graphql's default resolver reads them by
 * name, which graphql-jit inlines (a resolver call builds a resolve info per value). The value
 * has the field's type because the statement compiler (src/api/compile) built it for that
 * field: TypeScript cannot see that, so the result is `any` here (tests/unit/compileStatements.test.ts
 * pins the statements). `R` is the type's generated resolver map (`keyed<EntityResolvers>([...])`):
 * a field the schema does not have fails the typecheck.
 */
export function keyed<R>(fields: readonly (keyof R & string)[]): Record<(typeof fields)[number], KeyedResolver> {
  let scalars: Set<string> | undefined; // the type's scalar field names, read from the schema on first use
  const byResponseKey = (parent: Keyed, _: unknown, __: unknown, info: GraphQLResolveInfo): any => {
    const key = info.path.key as string;
    return parent[(scalars ??= fieldNameKeys(info.parentType)).has(key) ? `__${key}` : key];
  };
  BY_RESPONSE_KEY.add(byResponseKey);
  return Object.fromEntries(fields.map((f) => [f, byResponseKey])) as Record<(typeof fields)[number], KeyedResolver>;
}

/**
 * The resolver map without the resolvers of `keyed`: for operations with no alias, where every
 * response key is the field name and the default resolver reads the same value (graphql-jit
 * inlines it; a resolver call builds a resolve info, a path and three closures per value: 2.9
 * of 8.3 ms for a 10,000-edge subgraph's `subject { id } object { id }`).
 */
export function withoutKeyedResolvers<M extends object>(resolvers: M): M {
  return Object.fromEntries(
    Object.entries(resolvers).map(([type, fields]) => [
      type,
      fields && typeof fields === 'object' && Object.getPrototypeOf(fields) === Object.prototype
        ? Object.fromEntries(Object.entries(fields as object).filter(([, resolve]) => !BY_RESPONSE_KEY.has(resolve as object)))
        : fields,
    ]),
  ) as M;
}

// Properties every Fact node (and edge) has; the rest are the relation's own (src/model/README.md).
const FACT_KEYS = new Set(['id', 'factId', 'relation', 'subjectId', 'objectId', 'firstDate', 'lastDate', 'sortDate', 'sourceCount', 'status', 'confidence', 'validFrom', 'validTo', 'validFroms', 'validTos', 'recordedAt', 'retractedAt', 'publisherCount', 'contested']);

/** Fact.properties: the relation's own properties out of all of the node's (or edge's), null when none. */
export function factProperties(parent: Record<string, unknown>): Record<string, unknown> | null {
  const all = (parent.properties ?? {}) as Record<string, unknown>;
  const own = Object.entries(all).filter(([k]) => !FACT_KEYS.has(k));
  return own.length > 0 ? Object.fromEntries(own) : null;
}

/** What compiled statements return for a connection field; the connection resolvers below finish it. */
export interface ConnectionValue {
  __nodes?: Keyed[];
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
