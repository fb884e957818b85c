import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { createArmor } from './armorLimits.ts';

// graphql as Node's resolver loads it for Apollo (the CommonJS entry: graphql 16 has no
// "exports"). Vite-based runners would otherwise hand this file the .mjs copy, whose
// validate() refuses Apollo's schema ("from another module or realm") and whose GraphQLError
// Apollo does not recognise.
const { GraphQLError, Kind, validate, visit } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The document with every numeric variable written in as a literal (only argument values change). */
export function inlineNumericVariables(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  return visit(document, {
    Argument(node) {
      if (node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
}

/**
 * graphql-armor computes cost during validation, before variables are known, so `first: $n`
 * would count as 1. This plugin re-runs the armor rules with the variables written in, once
 * the operation is resolved, and refuses the request with the same LIMIT_EXCEEDED error.
 */
export function variableLimitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  const rules = createArmor();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const variables = request.variables ?? {};
          if (!Object.values(variables).some((v) => typeof v === 'number')) return;
          const [error] = validate(schema, inlineNumericVariables(document, variables), rules);
          if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
