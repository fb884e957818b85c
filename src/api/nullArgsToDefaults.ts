import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';

/** The arguments with every explicit `null` replaced by the argument's SDL default (GraphQL only applies defaults to omitted arguments). */
export function applyArgDefaults(args: Record<string, unknown>, info: GraphQLResolveInfo): Record<string, unknown> {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return args;
  const out = { ...args };
  for (const arg of field.args) {
    if (out[arg.name] === null && arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
  }
  return out;
}

/**
 * Wraps every resolver of a type so that `first: null`, `hops: null`, ... mean "the default":
 * dashboards pass unset filters as null variables.
 */
export function nullArgsToDefaults<T extends Record<string, GraphQLFieldResolver<any, any, any>>>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).map(([name, resolve]) => [name, (source: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => resolve(source, applyArgDefaults(args, info), ctx, info)]),
  ) as T;
}
