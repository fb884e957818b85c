import type { ASTVisitor, FieldNode, GraphQLField, GraphQLNamedType, SelectionSetNode, ValidationContext } from 'graphql';
import { API_LIMITS } from './apiLimits.ts';
import { graphql } from './compile/graphqlRuntime.ts';

/**
 * The cost limit in terms of the answer: each field costs 1 plus its selection times how many
 * items it can return. `first` counts as given; subgraph as maxNodes x hops; neighbourhood
 * as NEIGHBOURHOOD_PER_HOP x hops; shortestPaths as maxHops (x 100 with all: true); other
 * lists as LIST_ESTIMATE. Arguments passed as variables count at their SDL default here and
 * at their value in variableLimits.ts, which re-runs this rule with the values written in.
 */
export const NEIGHBOURHOOD_PER_HOP = 100;
export const LIST_ESTIMATE = 10;

/** Lists whose length is already counted by the field above them (a connection's `first`, subgraph's maxNodes). */
const COUNTED_ABOVE = new Set(['FactConnection.nodes', 'FactConnection.edges', 'EntityConnection.nodes', 'EntityConnection.edges', 'ArticleConnection.nodes', 'ArticleConnection.edges', 'Subgraph.nodes', 'Subgraph.edges']);

/** An argument's value: an integer or boolean literal, else (a variable) the SDL default. */
function argument(field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): unknown {
  const given = node.arguments?.find((a) => a.name.value === name)?.value;
  if (given?.kind === graphql.Kind.INT) return Number(given.value);
  if (given?.kind === graphql.Kind.BOOLEAN) return given.value;
  return field.args.find((a) => a.name === name)?.defaultValue;
}

/** How many items a field can return (1 for a single object). */
function multiplier(parent: string, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  // Values over an argument's own cap count at the cap: the argument check names that limit more precisely.
  const caps: Record<string, number> = { first: API_LIMITS.first, maxNodes: API_LIMITS.maxNodes, hops: API_LIMITS.hops, maxHops: API_LIMITS.maxHops };
  const num = (name: string, fallback: number) => {
    const v = argument(field, node, name);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), caps[name] ?? Infinity) : fallback;
  };
  if (parent === 'Query' && field.name === 'subgraph') return num('maxNodes', 200) * Math.max(1, num('hops', 1));
  if (parent === 'Query' && field.name === 'neighbourhood') return NEIGHBOURHOOD_PER_HOP * Math.max(1, num('hops', 1));
  if (parent === 'Query' && field.name === 'shortestPaths') return num('maxHops', 4) * (argument(field, node, 'all') === true ? 100 : 1);
  if (field.args.some((a) => a.name === 'first')) return num('first', LIST_ESTIMATE);
  if (COUNTED_ABOVE.has(`${parent}.${field.name}`)) return 1;
  let type = field.type;
  if (graphql.isNonNullType(type)) type = type.ofType;
  return graphql.isListType(type) ? LIST_ESTIMATE : 1;
}

/** The estimated answer size of a selection set. */
export function selectionCost(context: ValidationContext, type: GraphQLNamedType, set: SelectionSetNode | undefined, depth = 0): number {
  if (!set || depth > 64 || !graphql.isObjectType(type)) return 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === graphql.Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      const below = selectionCost(context, graphql.getNamedType(field.type), selection.selectionSet, depth + 1);
      cost += 1 + multiplier(type.name, field, selection) * below;
    } else if (selection.kind === graphql.Kind.INLINE_FRAGMENT) {
      cost += selectionCost(context, type, selection.selectionSet, depth + 1);
    } else {
      cost += selectionCost(context, type, context.getFragment(selection.name.value)?.selectionSet, depth + 1);
    }
  }
  return cost;
}

/** A validation rule refusing operations whose estimated answer exceeds `max` (the error comes from `reject`). */
export function answerCostRule(max: number, reject: (context: ValidationContext, cost: number) => void) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root = context.getSchema().getRootType(node.operation);
      if (!root) return;
      const cost = selectionCost(context, root, node.selectionSet);
      if (cost > max) reject(context, cost);
    },
  });
}
