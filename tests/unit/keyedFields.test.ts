import { describe, expect, it } from 'vitest';
import { graphql } from '../../src/api/compile/graphqlRuntime.ts';
import { byFieldName } from '../../src/api/compile/selectFields.ts';
import { loadTypeDefs } from '../../src/api/loadSchema.ts';
import { executionSchemas } from '../../src/api/compiledExecutor.ts';
import { resolvers } from '../../src/api/resolvers.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';

const schema = graphql.buildSchema(loadTypeDefs(PROJECT_ROOT));
const typeResolvers = Object.entries(resolvers).filter(([name]) => graphql.isObjectType(schema.getType(name)) && !['Query', 'Mutation', 'Subscription'].includes(name));

describe('resolvers of the types compiled statements return (keyedFields.ts)', () => {
  it('read object fields by response key and leave scalar fields to the default resolver (read by name, inlined by graphql-jit)', () => {
    expect(typeResolvers.length).toBeGreaterThan(5);
    for (const [typeName, fields] of typeResolvers) {
      const type = schema.getType(typeName) as InstanceType<typeof graphql.GraphQLObjectType>;
      for (const [fieldName, resolve] of Object.entries(fields as Record<string, { name?: string }>)) {
        const def = type.getFields()[fieldName];
        expect(def, `${typeName}.${fieldName} is in the schema`).toBeDefined();
        if (resolve.name === 'byResponseKey') expect(byFieldName(def!), `${typeName}.${fieldName} is a scalar: no keyed resolver`).toBe(false);
      }
      for (const def of Object.values(type.getFields())) {
        const resolve = (fields as Record<string, unknown>)[def.name];
        if (!byFieldName(def) && !typeName.endsWith('Connection')) expect(resolve, `${typeName}.${def.name} is an object field: it needs a resolver`).toBeTypeOf('function');
      }
    }
  });

  it('an object field aliased to the name of a scalar field reads __<alias>; other fields read their response key', () => {
    const type = schema.getType('Entity') as InstanceType<typeof graphql.GraphQLObjectType>;
    const resolve = (resolvers.Entity as Record<string, (p: object, a: object, c: object, i: object) => unknown>).relations!;
    const parent = { name: 'Colombia', __name: { __total: 3 }, all: { __total: 5 } };
    expect(resolve(parent, {}, {}, { path: { key: 'name' }, parentType: type })).toEqual({ __total: 3 });
    expect(resolve(parent, {}, {}, { path: { key: 'all' }, parentType: type })).toEqual({ __total: 5 });
  });
});

describe('operations without aliases skip the keyed resolvers (compiledExecutor.ts)', () => {
  const { schemaFor } = executionSchemas(loadTypeDefs(PROJECT_ROOT), resolvers);
  const factField = (query: string, field: string) => (schemaFor(graphql.parse(query)).getType('Fact') as InstanceType<typeof graphql.GraphQLObjectType>).getFields()[field]!;

  it('compiles an operation with no alias against resolvers without them: the default resolver reads the field name, which is the response key', () => {
    const query = '{ subgraph(ids: ["COL"]) { edges { id subject { id } object { id } } } }';
    expect(factField(query, 'subject').resolve).toBeUndefined();
    expect(factField(query, 'object').resolve).toBeUndefined();
    // what is not a keyed read stays: Fact.properties filters the relation's own properties
    expect(factField(query, 'properties').resolve).toBeTypeOf('function');
  });

  it('keeps them for an operation with an alias anywhere (in a fragment too)', () => {
    for (const query of ['{ subgraph(ids: ["COL"]) { edges { s: subject { id } } } }', 'query { ...q } fragment q on Query { n: dateRange { min } }']) {
      expect(factField(query, 'subject').resolve).toBeTypeOf('function');
    }
  });
});
