import { createRequire } from 'node:module';
import type { ValidationRule } from 'graphql';
import { describe, expect, it } from 'vitest';
import { variableLimitsPlugin } from '../../src/api/variableLimits.ts';

// The CommonJS graphql the plugin validates with (variableLimits.ts), so schema and rules share its realm.
const { buildSchema, GraphQLError, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildSchema('type Query { items(first: Int): [String!]! }');
const document = parse('query Page($n: Int) { items(first: $n) }');

/** The plugin over a counting rule and "first is limited to 10"; `judge` runs its hook as Apollo would. */
function plugin() {
  const seen = { validations: 0 };
  const counting: ValidationRule = () => {
    seen.validations++;
    return {};
  };
  const firstAtMost10: ValidationRule = (ctx) => ({
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === 'IntValue' && Number(node.value.value) > 10)
        ctx.reportError(new GraphQLError('first is limited to 10', { extensions: { code: 'LIMIT_EXCEEDED', max: 10 } }));
    },
  });
  const hooks = variableLimitsPlugin([counting, firstAtMost10]);
  const judge = async (variables: Record<string, unknown>, queryHash = 'hash-1') => {
    const listener = await hooks.requestDidStart!({} as never);
    await listener!.didResolveOperation!({ document, schema, queryHash, request: { operationName: 'Page', variables } } as never);
  };
  return { seen, judge };
}

describe('variableLimitsPlugin: limits on integer variables, judged once per query and values', () => {
  it('refuses a value over the limit with the rule error as a 400, and passes one under it', async () => {
    const { judge } = plugin();
    await expect(judge({ n: 5 })).resolves.toBeUndefined();
    const refused = await judge({ n: 50 }).catch((e: unknown) => e as InstanceType<typeof GraphQLError>);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect(refused).toMatchObject({ message: 'first is limited to 10', extensions: { code: 'LIMIT_EXCEEDED', max: 10, http: { status: 400 } } });
  });

  it('validates a repeated query and values once, and again for other values or another query', async () => {
    const { seen, judge } = plugin();
    for (let i = 0; i < 3; i++) await judge({ n: 5 });
    expect(seen.validations).toBe(1);
    for (let i = 0; i < 3; i++) await expect(judge({ n: 50 })).rejects.toThrow('first is limited to 10');
    expect(seen.validations).toBe(2);
    await judge({ n: 5 }, 'hash-2');
    expect(seen.validations).toBe(3);
    // Without integer variables there is nothing to write in: no validation at all.
    await judge({ n: null });
    await judge({});
    expect(seen.validations).toBe(3);
  });
});
