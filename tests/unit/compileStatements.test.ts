/**
 * "GraphQL in, Cypher and parameters out" for every root field (like @neo4j/graphql's tck):
 * each operation compiles to one statement whose text and parameters are pinned here. A
 * change to a statement shows up as a snapshot diff to review.
 */
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/loadSchema.ts';
import fs from 'node:fs';
import path from 'node:path';
import { alliesAtOddsStatement, contestedStatement, corroborationStatement } from '../../src/api/compile/analystStatements.ts';
import { articleStatement, articlesStatement } from '../../src/api/compile/articleStatements.ts';
import { entitiesByIdStatement, entitiesStatement, entityStatement, searchStatement } from '../../src/api/compile/entityStatements.ts';
import { factsStatement } from '../../src/api/compile/factStatements.ts';
import { graphql } from '../../src/api/compile/graphqlRuntime.ts';
import { isFlat } from '../../src/api/compile/projections.ts';
import { childFields, selectFields, type SelectedField } from '../../src/api/compile/selectFields.ts';
import { statsStatement } from '../../src/api/compile/statsStatements.ts';
import type { Statement } from '../../src/api/compile/StatementBuilder.ts';
import { neighbourhoodStatement, shortestPathsStatement, subgraphStatement } from '../../src/api/compile/traversalStatements.ts';
import { encodeCursor } from '../../src/api/pagination.ts';
import { toFulltextQuery } from '../../src/api/toFulltextQuery.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { HOSTILE_RELATIONS } from '../../src/model/vocabulary.ts';

const schema = graphql.buildSchema(loadTypeDefs(PROJECT_ROOT));

const builders: Record<string, (args: any, fields: SelectedField[]) => Statement> = {
  entity: entityStatement,
  entities: entitiesStatement,
  search: (args, fields) => {
    const entity = childFields(fields, 'entity');
    return searchStatement({ lucene: toFulltextQuery(args.query)!, types: args.types, candidates: Math.max(50, args.first * 5) }, isFlat(entity) ? entity : null);
  },
  neighbourhood: neighbourhoodStatement,
  shortestPaths: shortestPathsStatement,
  subgraph: subgraphStatement,
  facts: factsStatement,
  stats: (_, fields) => statsStatement(fields),
  article: articleStatement,
  articles: articlesStatement,
  alliesAtOdds: (args, fields) => alliesAtOddsStatement('RETURN 1 /* the saved query explore/allies-at-odds */', args, fields),
  corroboration: corroborationStatement,
  contested: contestedStatement,
};

/** Compiles the single root field of `source` the way its resolver does; parameters as plain JSON. */
function compile(source: string, variables: Record<string, unknown> = {}): { cypher: string; params: unknown; tuples?: unknown } {
  const document = graphql.parse(source);
  const errors = graphql.validate(schema, document);
  expect(errors).toEqual([]);
  const operation = document.definitions.find((d) => d.kind === graphql.Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === graphql.Kind.FRAGMENT_DEFINITION).map((d: any) => [d.name.value, d]));
  const coerced = graphql.getVariableValues(schema, (operation as any).variableDefinitions ?? [], variables);
  expect(coerced.errors).toBeUndefined();
  const [root] = selectFields({ schema, fragments, variables: coerced.coerced! }, schema.getQueryType()!, [(operation as any).selectionSet]);
  const statement = builders[root!.name]!(root!.args, root!.fields);
  const params = JSON.parse(JSON.stringify(statement.params, (_k, v) => (v && typeof v === 'object' && 'low' in v && 'high' in v ? Number(v.low) : v)));
  // tuples: list columns sent as lists of values, with the keys to read them back (compile/tuples.ts)
  return { cypher: statement.text, params, ...(statement.tuples ? { tuples: statement.tuples } : {}) };
}

describe('one statement per root field: GraphQL in, Cypher and parameters out', () => {
  it('entity: the dashboard selection (degree, relations with totalCount, sources) in one statement', () => {
    const out = compile(`query($id: ID!) { entity(id: $id) { id name aliases kind degree relations(first: 20) { totalCount nodes { id relation firstDate subject { id name } object { id name } sources { evidence date article { id title url } } } } } }`, { id: 'USA' });
    expect(out).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:Entity {id: $id})
      CALL (e) {
        MATCH (e)<-[:SUBJECT|OBJECT]-(f_2:Fact)
        WITH DISTINCT f_2 ORDER BY f_2.sortDate DESC, f_2.id LIMIT $first
        MATCH (f_2)-[:SUBJECT]->(s_3:Entity)
        MATCH (f_2)-[:OBJECT]->(o_4:Entity)
        CALL (f_2) {
          MATCH (a_5:Article)-[r_6:REPORTS]->(f_2)
          WITH a_5, r_6 ORDER BY coalesce(r_6.date, a_5.publishedAt, ''), a_5.id
          RETURN collect({evidence: r_6.evidence, date: r_6.date, article: {id: a_5.id, title: a_5.title, url: a_5.url}}) AS sources_7
        }
        RETURN collect({id: f_2.id, relation: f_2.relation, firstDate: f_2.firstDate, subject: {id: s_3.id, name: s_3.name}, object: {id: o_4.id, name: o_4.name}, sources: sources_7}) AS relations_1
      }
      CALL (e) {
        MATCH (e)<-[:SUBJECT|OBJECT]-(f_2:Fact)
        RETURN count(DISTINCT f_2) AS relationsTotal_11
      }
      RETURN {id: e.id, name: e.name, aliases: coalesce(e.aliases, []), kind: e.kind, degree: COUNT { (e)<-[:SUBJECT|OBJECT]-() }, relations: {\`__nodes\`: relations_1, \`__total\`: relationsTotal_11, \`__offset\`: 0}} AS entity",
        "params": {
          "first": 20,
          "id": "USA",
        },
      }
    `);
  });

  it('scalar fields are projected once under their name, whatever their aliases; an object field aliased to a scalar name goes under __<alias>', () => {
    const out = compile(`{ entity(id: "USA") { label: name name id: relations(first: 1) { totalCount } ident: id } }`);
    expect(out.cypher).toContain('RETURN {name: e.name, `__id`: {`__total`: __idTotal_3, `__offset`: 0}, id: e.id} AS entity');
    expect(out.cypher.match(/e\.name/g)).toHaveLength(1);
  });

  it('entity: no totalCount selected, no COUNT; aliases with their own arguments; typed direction', () => {
    const out = compile(`{ entity(id: "USA") { all: relations(direction: INCOMING, first: 5) { nodes { id } } dated: relations(types: [SANCTIONED], from: "2022-06", to: "2022-06-30") { edges { cursor node { id } } } timeline(first: 3) { id } offices { object { id } properties } } }`);
    expect(out).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:Entity {id: $id})
      CALL (e) {
        MATCH (e)<-[:OBJECT]-(f_2:Fact)
        WITH f_2 ORDER BY f_2.sortDate DESC, f_2.id LIMIT $first
        RETURN collect({id: f_2.id}) AS all_1
      }
      CALL (e) {
        MATCH (e)<-[:SUBJECT|OBJECT]-(f_4:Fact)
        WHERE f_4.relation IN $types AND (f_4.sortDate >= $from OR f_4.sortDate IN $fromPrefixes) AND (f_4.firstDate <= $to OR f_4.firstDate STARTS WITH $to)
        WITH DISTINCT f_4 ORDER BY f_4.sortDate DESC, f_4.id LIMIT $first_2
        RETURN collect({id: f_4.id}) AS dated_3
      }
      CALL (e) {
        MATCH (e)<-[:SUBJECT|OBJECT]-(f_6:Fact)
        WITH DISTINCT f_6 ORDER BY f_6.firstDate IS NULL, f_6.firstDate, f_6.lastDate, f_6.id LIMIT $timelineFirst
        RETURN collect({id: f_6.id}) AS timeline_5
      }
      CALL (e) {
        MATCH (e)<-[:SUBJECT]-(f_8:Fact {relation: 'HOLDS_OFFICE'})
        WITH f_8 ORDER BY f_8.sortDate DESC, f_8.id LIMIT 100
        MATCH (f_8)-[:OBJECT]->(o_9:Entity)
        RETURN collect({object: {id: o_9.id}, properties: properties(f_8)}) AS offices_7
      }
      RETURN {\`all\`: {\`__nodes\`: all_1, \`__offset\`: 0}, dated: {\`__nodes\`: dated_3, \`__offset\`: 0}, timeline: timeline_5, offices: offices_7} AS entity",
        "params": {
          "first": 5,
          "first_2": 20,
          "from": "2022-06",
          "fromPrefixes": [
            "2022",
          ],
          "id": "USA",
          "timelineFirst": 3,
          "to": "2022-06-30",
          "types": [
            "SANCTIONED",
          ],
        },
      }
    `);
  });

  it('entities: count only with totalCount, label from the vocabulary', () => {
    expect(compile(`{ entities(type: Country, namePrefix: "Uni", first: 2, after: "b2Zmc2V0OjA") { totalCount nodes { id type } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (e:Entity:Country)
        WHERE any(k IN coalesce(e.aliasKeys, []) + [toLower(e.name)] WHERE k STARTS WITH $prefix)
        RETURN count(e) AS total
      }
      CALL () {
        MATCH (e:Entity:Country)
        WHERE any(k IN coalesce(e.aliasKeys, []) + [toLower(e.name)] WHERE k STARTS WITH $prefix)
        WITH e ORDER BY toLower(e.name), e.id SKIP $skip LIMIT $first
        RETURN collect({id: e.id, type: [l IN labels(e) WHERE l <> 'Entity'][0]}) AS nodes
      }
      RETURN total, nodes",
        "params": {
          "first": 2,
          "prefix": "uni",
          "skip": 1,
        },
      }
    `);
  });

  it('search: candidates and a flat projection in one statement; nested selections need a second, by id', () => {
    expect(compile(`{ search(query: "Cihle", types: [Country], first: 10) { score entity { id name } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $candidates}) YIELD node AS e
      WHERE e:Country
      RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.aliasKeys, []) AS aliasKeys, {id: e.id, name: e.name} AS entity",
        "params": {
          "candidates": 50,
          "lucene": "(cihle^4 OR cihle*^2 OR cihle~1)",
        },
      }
    `);
    expect(entitiesByIdStatement(['CHL'], selectFields({ schema, fragments: {}, variables: {} }, schema.getType('Entity') as any, [graphql.parse('{ id degree }').definitions[0] as any].map((d: any) => d.selectionSet)))).toMatchInlineSnapshot(`
      {
        "params": {
          "ids": [
            "CHL",
          ],
        },
        "text": "UNWIND $ids AS id
      MATCH (e:Entity {id: id})
      RETURN id, {id: e.id, degree: COUNT { (e)<-[:SUBJECT|OBJECT]-() }} AS entity",
      }
    `);
  });

  it('neighbourhood: typed breadth-first levels up to hops, existence folded in', () => {
    expect(compile(`{ neighbourhood(id: "COL", hops: 2, relationTypes: [ALLY_OF, SANCTIONED]) { id name } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (c:Entity {id: $id})
      WITH c, CASE WHEN c IS NULL THEN [] ELSE [c] END AS level0
      CALL (level0) {
        UNWIND level0 AS x
        MATCH (x)-[r:ALLY_OF|SANCTIONED]-(n:Entity)
        WHERE NOT n IN level0
        WITH DISTINCT n
        RETURN collect(n) AS level1
      }
      CALL (level0, level1) {
        UNWIND level1 AS x
        MATCH (x)-[r:ALLY_OF|SANCTIONED]-(n:Entity)
        WHERE NOT n IN level0
        WITH DISTINCT n
        WHERE NOT n IN level1
        RETURN collect(n) AS level2
      }
      WITH c, COLLECT {
        UNWIND level1 AS n
        WITH n ORDER BY n.name, n.id
        RETURN [n.id, n.name]
      } + COLLECT {
        UNWIND level2 AS n
        WITH n ORDER BY n.name, n.id
        RETURN [n.id, n.name]
      } AS entities
      UNWIND range(0, reduce(most = 1, k IN [size(entities)] | CASE WHEN k > most THEN k ELSE most END) - 1, 50) AS at
      RETURN c IS NOT NULL AS found, entities[at..at + 50] AS entities",
        "params": {
          "id": "COL",
        },
        "tuples": {
          "entities": [
            "id",
            "name",
          ],
        },
      }
    `);
  });

  it('shortestPaths: SHORTEST 1 bounded by maxHops, facts read from the traversal edges', () => {
    expect(compile(`{ shortestPaths(from: "COL", to: "FRA", maxHops: 4) { length entities { id name } facts { id relation } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      CALL (a, b) {
        MATCH p = SHORTEST 1 (a)-[:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]-{1,4}(b)
        WITH p LIMIT 1
        WITH *, [n IN nodes(p) | {id: n.id, name: n.name}] AS entities_1
        WITH *, [r IN relationships(p) | {id: r.factId, relation: type(r)}] AS facts_2
        RETURN collect({length: length(p), entities: entities_1, facts: facts_2}) AS paths
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths",
        "params": {
          "from": "COL",
          "to": "FRA",
        },
      }
    `);
  });

  it('shortestPaths: ALL SHORTEST; sources need the Fact node', () => {
    expect(compile(`{ shortestPaths(from: "COL", to: "FRA", all: true, relationTypes: [ALLY_OF]) { entities { id } facts { id sources { evidence } } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      CALL (a, b) {
        MATCH p = ALL SHORTEST (a)-[:ALLY_OF]-{1,4}(b)
        WITH p LIMIT 100
        WITH *, [n IN nodes(p) | {id: n.id}] AS entities_1
        CALL (p) {
          UNWIND relationships(p) AS r
          MATCH (f_3:Fact {id: r.factId})
          CALL (f_3) {
            MATCH (a_4:Article)-[r_5:REPORTS]->(f_3)
            WITH a_4, r_5 ORDER BY coalesce(r_5.date, a_4.publishedAt, ''), a_4.id
            RETURN collect({evidence: r_5.evidence}) AS sources_6
          }
          RETURN collect({id: f_3.id, sources: sources_6}) AS facts_2
        }
        RETURN collect({entities: entities_1, facts: facts_2}) AS paths
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths",
        "params": {
          "from": "COL",
          "to": "FRA",
        },
      }
    `);
  });

  it('subgraph: filters on the edges, nodes capped, edges among kept nodes, missing ids reported', () => {
    expect(compile(`{ subgraph(ids: ["COL", "USA"], hops: 1, statuses: [asserted], from: "2022", minSources: 2, maxNodes: 200) { truncated nodes { id name } edges { id relation sourceCount subject { id } object { id } } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (s:Entity) WHERE s.id IN $ids
      WITH collect(s) AS level0
      CALL (level0) {
        UNWIND level0 AS x
        MATCH (x)-[r:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]-(n:Entity)
        WHERE NOT n IN level0 AND r.status IN $statuses AND r.sourceCount >= $minSources AND coalesce(r.lastDate, r.firstDate) >= $from
        WITH DISTINCT n
        RETURN collect(n) AS level1
      }
      WITH level0, COLLECT {
        UNWIND level0 AS n
        WITH n ORDER BY n.name, n.id
        RETURN n
      } + COLLECT {
        UNWIND level1 AS n
        WITH n ORDER BY n.name, n.id
        RETURN n
      } AS reached
      WITH level0, reached, reached[..$maxNodes] AS kept
      CALL (kept) {
        UNWIND kept AS n
        RETURN collect([n.id, n.name]) AS nodes
      }
      CALL (kept) {
        UNWIND kept AS a
        MATCH (a)-[r:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]->(o:Entity)
        WHERE o IN kept AND r.status IN $statuses AND r.sourceCount >= $minSources AND coalesce(r.lastDate, r.firstDate) >= $from
        RETURN collect([r.factId, type(r), coalesce(r.sourceCount, 0), a.id, o.id]) AS edges
      }
      UNWIND range(0, reduce(most = 1, k IN [size(nodes), size(edges)] | CASE WHEN k > most THEN k ELSE most END) - 1, 50) AS at
      RETURN [id IN $ids WHERE NOT id IN [s IN level0 | s.id]] AS missing, size(reached) > size(kept) AS truncated, nodes[at..at + 50] AS nodes, edges[at..at + 50] AS edges",
        "params": {
          "from": "2022",
          "ids": [
            "COL",
            "USA",
          ],
          "maxNodes": 200,
          "minSources": 2,
          "statuses": [
            "asserted",
          ],
        },
        "tuples": {
          "edges": [
            "id",
            "relation",
            "sourceCount",
            [
              "subject",
              [
                "id",
              ],
            ],
            [
              "object",
              [
                "id",
              ],
            ],
          ],
          "nodes": [
            "id",
            "name",
          ],
        },
      }
    `);
  });

  it('facts: top-k on the sortable date with COUNT only when totalCount is selected', () => {
    expect(compile(`query($types: [RelationType!], $from: PartialDate) { facts(relationTypes: $types, from: $from, first: 20) { totalCount nodes { id relation firstDate sourceCount subject { id name } object { id name } } } }`, { types: ['SANCTIONED', 'ATTACKED'], from: '2020-05' })).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (f:Fact)
        WHERE f.relation IN $types
          AND (f.sortDate >= $from OR f.sortDate IN $fromPrefixes)
        RETURN count(f) AS total
      }
      CALL () {
        UNWIND $types AS t_1
        CALL (t_1) {
          MATCH (f:Fact)
          WHERE f.relation = t_1
            AND (f.sortDate >= $from OR f.sortDate IN $fromPrefixes)
          RETURN f ORDER BY f.relation DESC, f.sortDate DESC, f.id LIMIT $window
        }
        WITH f ORDER BY f.sortDate DESC, f.id LIMIT $first
        MATCH (f)-[:SUBJECT]->(s_2:Entity)
        MATCH (f)-[:OBJECT]->(o_3:Entity)
        RETURN collect({id: f.id, relation: f.relation, firstDate: f.firstDate, sourceCount: coalesce(f.sourceCount, 0), subject: {id: s_2.id, name: s_2.name}, object: {id: o_3.id, name: o_3.name}}) AS nodes
      }
      RETURN total, nodes",
        "params": {
          "first": 20,
          "from": "2020-05",
          "fromPrefixes": [
            "2020",
          ],
          "types": [
            "SANCTIONED",
            "ATTACKED",
          ],
          "window": 20,
        },
      }
    `);
    // A later page: each type gives its newest skip + first (the window), the merge skips; a type named twice is read once.
    expect(compile(`{ facts(relationTypes: [ATTACKED, SANCTIONED, ATTACKED], first: 5, after: "${encodeCursor(9)}") { nodes { id } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        UNWIND $types AS t_1
        CALL (t_1) {
          MATCH (f:Fact)
          WHERE f.relation = t_1
          RETURN f ORDER BY f.relation DESC, f.sortDate DESC, f.id LIMIT $window
        }
        WITH f ORDER BY f.sortDate DESC, f.id SKIP $skip LIMIT $first
        RETURN collect({id: f.id}) AS nodes
      }
      RETURN nodes",
        "params": {
          "first": 5,
          "skip": 10,
          "types": [
            "ATTACKED",
            "SANCTIONED",
          ],
          "window": 15,
        },
      }
    `);
    expect(compile(`{ facts(subject: "USA", object: "COL", article: "a1", statuses: [reported], to: "2023") { nodes { id } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (:Entity {id: $subject})<-[:SUBJECT]-(f:Fact)
        WHERE f.objectId = $object
          AND EXISTS { (:Article {id: $article})-[:REPORTS]->(f) }
          AND f.status IN $statuses
          AND (f.firstDate <= $to OR f.firstDate STARTS WITH $to)
        WITH f ORDER BY f.sortDate DESC, f.id LIMIT $first
        RETURN collect({id: f.id}) AS nodes
      }
      RETURN nodes",
        "params": {
          "article": "a1",
          "first": 20,
          "object": "COL",
          "statuses": [
            "reported",
          ],
          "subject": "USA",
          "to": "2023",
        },
      }
    `);
  });

  it('stats: counts from the count store, most connected by node degree', () => {
    expect(compile(`{ stats { entityCounts { type count } relationCounts { relation count } mostConnected(first: 10) { degree entity { id name } } distanced: mostConnected(first: 1, relation: DISTANCED_FROM) { degree } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (x:Person) RETURN count(x) AS Person }
      CALL () { MATCH (x:Country) RETURN count(x) AS Country }
      CALL () { MATCH (x:Organization) RETURN count(x) AS Organization }
      CALL () { MATCH (x:Operation) RETURN count(x) AS Operation }
      CALL () { MATCH (x:Place) RETURN count(x) AS Place }
      CALL () { MATCH ()-[x:HOLDS_OFFICE]->() RETURN count(x) AS HOLDS_OFFICE }
      CALL () { MATCH ()-[x:PART_OF]->() RETURN count(x) AS PART_OF }
      CALL () { MATCH ()-[x:ALLY_OF]->() RETURN count(x) AS ALLY_OF }
      CALL () { MATCH ()-[x:SANCTIONED]->() RETURN count(x) AS SANCTIONED }
      CALL () { MATCH ()-[x:SUSPENDED_INTELLIGENCE_SHARING_WITH]->() RETURN count(x) AS SUSPENDED_INTELLIGENCE_SHARING_WITH }
      CALL () { MATCH ()-[x:CRITICIZED]->() RETURN count(x) AS CRITICIZED }
      CALL () { MATCH ()-[x:ACCUSED]->() RETURN count(x) AS ACCUSED }
      CALL () { MATCH ()-[x:DENIED]->() RETURN count(x) AS DENIED }
      CALL () { MATCH ()-[x:DISTANCED_FROM]->() RETURN count(x) AS DISTANCED_FROM }
      CALL () { MATCH ()-[x:ORDERED]->() RETURN count(x) AS ORDERED }
      CALL () { MATCH ()-[x:CONDUCTED]->() RETURN count(x) AS CONDUCTED }
      CALL () { MATCH ()-[x:ATTACKED]->() RETURN count(x) AS ATTACKED }
      CALL () { MATCH ()-[x:OCCURRED_IN]->() RETURN count(x) AS OCCURRED_IN }
      CALL () { MATCH ()-[x:AGREED]->() RETURN count(x) AS AGREED }
      CALL () { MATCH ()-[x:CONSULTED]->() RETURN count(x) AS CONSULTED }
      CALL () { MATCH ()-[x:SUPPORTED]->() RETURN count(x) AS SUPPORTED }
      CALL () { MATCH ()-[x:CONCEDED]->() RETURN count(x) AS CONCEDED }
      CALL () { MATCH ()-[x:COOPERATED]->() RETURN count(x) AS COOPERATED }
      CALL () { MATCH ()-[x:AIDED]->() RETURN count(x) AS AIDED }
      CALL () { MATCH ()-[x:RETREATED]->() RETURN count(x) AS RETREATED }
      CALL () { MATCH ()-[x:REQUESTED]->() RETURN count(x) AS REQUESTED }
      CALL () { MATCH ()-[x:REJECTED]->() RETURN count(x) AS REJECTED }
      CALL () { MATCH ()-[x:THREATENED]->() RETURN count(x) AS THREATENED }
      CALL () { MATCH ()-[x:PROTESTED]->() RETURN count(x) AS PROTESTED }
      CALL () { MATCH ()-[x:MOBILIZED]->() RETURN count(x) AS MOBILIZED }
      CALL () { MATCH ()-[x:COERCED]->() RETURN count(x) AS COERCED }
      CALL () { MATCH ()-[x:LIFTED_SANCTIONS_ON]->() RETURN count(x) AS LIFTED_SANCTIONS_ON }
      CALL () { MATCH ()-[x:RESUMED_INTELLIGENCE_SHARING_WITH]->() RETURN count(x) AS RESUMED_INTELLIGENCE_SHARING_WITH }
      CALL () { MATCH ()-[x:ENDED_ALLIANCE_WITH]->() RETURN count(x) AS ENDED_ALLIANCE_WITH }
      CALL () { MATCH ()-[x:ENDED_OPERATION]->() RETURN count(x) AS ENDED_OPERATION }
      CALL () {
        MATCH (e:Entity)
        WITH e, COUNT { (e)<-[:SUBJECT|OBJECT]-() } AS degree
        WHERE degree > 0
        ORDER BY degree DESC, e.name, e.id LIMIT $mostConnectedFirst
        RETURN collect({degree: degree, entity: {id: e.id, name: e.name}}) AS mostConnected_1
      }
      CALL () {
        MATCH (e:Entity)
        WITH e, COUNT { (e)-[:DISTANCED_FROM]-() } AS degree
        WHERE degree > 0
        ORDER BY degree DESC, e.name, e.id LIMIT $mostConnectedFirst_2
        RETURN collect({degree: degree}) AS distanced_2
      }
      RETURN {entityCounts: [x IN [{type: 'Person', \`count\`: Person, \`__count\`: Person, \`__name\`: 'Person'}, {type: 'Country', \`count\`: Country, \`__count\`: Country, \`__name\`: 'Country'}, {type: 'Organization', \`count\`: Organization, \`__count\`: Organization, \`__name\`: 'Organization'}, {type: 'Operation', \`count\`: Operation, \`__count\`: Operation, \`__name\`: 'Operation'}, {type: 'Place', \`count\`: Place, \`__count\`: Place, \`__name\`: 'Place'}] WHERE x.__count > 0], relationCounts: [x IN [{relation: 'HOLDS_OFFICE', \`count\`: HOLDS_OFFICE, \`__count\`: HOLDS_OFFICE, \`__name\`: 'HOLDS_OFFICE'}, {relation: 'PART_OF', \`count\`: PART_OF, \`__count\`: PART_OF, \`__name\`: 'PART_OF'}, {relation: 'ALLY_OF', \`count\`: ALLY_OF, \`__count\`: ALLY_OF, \`__name\`: 'ALLY_OF'}, {relation: 'SANCTIONED', \`count\`: SANCTIONED, \`__count\`: SANCTIONED, \`__name\`: 'SANCTIONED'}, {relation: 'SUSPENDED_INTELLIGENCE_SHARING_WITH', \`count\`: SUSPENDED_INTELLIGENCE_SHARING_WITH, \`__count\`: SUSPENDED_INTELLIGENCE_SHARING_WITH, \`__name\`: 'SUSPENDED_INTELLIGENCE_SHARING_WITH'}, {relation: 'CRITICIZED', \`count\`: CRITICIZED, \`__count\`: CRITICIZED, \`__name\`: 'CRITICIZED'}, {relation: 'ACCUSED', \`count\`: ACCUSED, \`__count\`: ACCUSED, \`__name\`: 'ACCUSED'}, {relation: 'DENIED', \`count\`: DENIED, \`__count\`: DENIED, \`__name\`: 'DENIED'}, {relation: 'DISTANCED_FROM', \`count\`: DISTANCED_FROM, \`__count\`: DISTANCED_FROM, \`__name\`: 'DISTANCED_FROM'}, {relation: 'ORDERED', \`count\`: ORDERED, \`__count\`: ORDERED, \`__name\`: 'ORDERED'}, {relation: 'CONDUCTED', \`count\`: CONDUCTED, \`__count\`: CONDUCTED, \`__name\`: 'CONDUCTED'}, {relation: 'ATTACKED', \`count\`: ATTACKED, \`__count\`: ATTACKED, \`__name\`: 'ATTACKED'}, {relation: 'OCCURRED_IN', \`count\`: OCCURRED_IN, \`__count\`: OCCURRED_IN, \`__name\`: 'OCCURRED_IN'}, {relation: 'AGREED', \`count\`: AGREED, \`__count\`: AGREED, \`__name\`: 'AGREED'}, {relation: 'CONSULTED', \`count\`: CONSULTED, \`__count\`: CONSULTED, \`__name\`: 'CONSULTED'}, {relation: 'SUPPORTED', \`count\`: SUPPORTED, \`__count\`: SUPPORTED, \`__name\`: 'SUPPORTED'}, {relation: 'CONCEDED', \`count\`: CONCEDED, \`__count\`: CONCEDED, \`__name\`: 'CONCEDED'}, {relation: 'COOPERATED', \`count\`: COOPERATED, \`__count\`: COOPERATED, \`__name\`: 'COOPERATED'}, {relation: 'AIDED', \`count\`: AIDED, \`__count\`: AIDED, \`__name\`: 'AIDED'}, {relation: 'RETREATED', \`count\`: RETREATED, \`__count\`: RETREATED, \`__name\`: 'RETREATED'}, {relation: 'REQUESTED', \`count\`: REQUESTED, \`__count\`: REQUESTED, \`__name\`: 'REQUESTED'}, {relation: 'REJECTED', \`count\`: REJECTED, \`__count\`: REJECTED, \`__name\`: 'REJECTED'}, {relation: 'THREATENED', \`count\`: THREATENED, \`__count\`: THREATENED, \`__name\`: 'THREATENED'}, {relation: 'PROTESTED', \`count\`: PROTESTED, \`__count\`: PROTESTED, \`__name\`: 'PROTESTED'}, {relation: 'MOBILIZED', \`count\`: MOBILIZED, \`__count\`: MOBILIZED, \`__name\`: 'MOBILIZED'}, {relation: 'COERCED', \`count\`: COERCED, \`__count\`: COERCED, \`__name\`: 'COERCED'}, {relation: 'LIFTED_SANCTIONS_ON', \`count\`: LIFTED_SANCTIONS_ON, \`__count\`: LIFTED_SANCTIONS_ON, \`__name\`: 'LIFTED_SANCTIONS_ON'}, {relation: 'RESUMED_INTELLIGENCE_SHARING_WITH', \`count\`: RESUMED_INTELLIGENCE_SHARING_WITH, \`__count\`: RESUMED_INTELLIGENCE_SHARING_WITH, \`__name\`: 'RESUMED_INTELLIGENCE_SHARING_WITH'}, {relation: 'ENDED_ALLIANCE_WITH', \`count\`: ENDED_ALLIANCE_WITH, \`__count\`: ENDED_ALLIANCE_WITH, \`__name\`: 'ENDED_ALLIANCE_WITH'}, {relation: 'ENDED_OPERATION', \`count\`: ENDED_OPERATION, \`__count\`: ENDED_OPERATION, \`__name\`: 'ENDED_OPERATION'}] WHERE x.__count > 0], mostConnected: mostConnected_1, distanced: distanced_2} AS stats",
        "params": {
          "mostConnectedFirst": 10,
          "mostConnectedFirst_2": 1,
        },
      }
    `);
  });

  it('article and articles', () => {
    expect(compile(`{ article(id: "a1") { title facts { id } entities { id } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Article {id: $id})
      CALL (a) {
        MATCH (a)-[:REPORTS]->(f_3:Fact)
        WITH DISTINCT f_3 ORDER BY f_3.id
        RETURN collect({id: f_3.id}) AS facts_2
      }
      CALL (a) {
        MATCH (a)-[:MENTIONS]->(e_5:Entity)
        WITH DISTINCT e_5 ORDER BY e_5.name, e_5.id
        RETURN collect({id: e_5.id}) AS entities_4
      }
      RETURN {title: a.title, facts: facts_2, entities: entities_4} AS article",
        "params": {
          "id": "a1",
        },
      }
    `);
    expect(compile(`{ articles(first: 5) { pageInfo { hasNextPage endCursor } nodes { id title } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (a:Article)
        RETURN count(a) AS total
      }
      CALL () {
        MATCH (a:Article)
        WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id LIMIT $first
        RETURN collect({id: a.id, title: a.title}) AS nodes
      }
      RETURN total, nodes",
        "params": {
          "first": 5,
        },
      }
    `);
  });

  it('writes only vocabulary types and labels into the text; every value is a parameter', () => {
    const out = compile(`query($id: ID!) { entity(id: $id) { name } }`, { id: "x'}) MATCH (n) DETACH DELETE n //" });
    expect(out.cypher).not.toContain('DETACH');
    expect(out.params).toEqual({ id: "x'}) MATCH (n) DETACH DELETE n //" });
  });

  // Issue 16: asOf / knownAt add conditions only when given (the snapshots above are unchanged without them).
  it('asOf on a traversal: the condition on every traversed edge, nested lists inherit it', () => {
    expect(compile(`{ neighbourhood(id: "COL", asOf: "2025-11") { id timeline { id } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (c:Entity {id: $id})
      WITH c, CASE WHEN c IS NULL THEN [] ELSE [c] END AS level0
      CALL (level0) {
        UNWIND level0 AS x
        MATCH (x)-[r:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]-(n:Entity)
        WHERE NOT n IN level0 AND (left(r.validFrom, size($asOf)) <= $asOf AND (r.validTo IS NULL OR left(r.validTo, size($asOf)) > $asOf) AND (size(r.validFroms) < 2 OR any(iv IN range(0, size(r.validFroms) - 1) WHERE left(r.validFroms[iv], size($asOf)) <= $asOf AND (r.validTos[iv] = '' OR left(r.validTos[iv], size($asOf)) > $asOf))))
        WITH DISTINCT n
        RETURN collect(n) AS level1
      }
      WITH c, COLLECT {
        UNWIND level1 AS n
        WITH n ORDER BY n.name, n.id
        RETURN n
      } AS reached
      CALL (reached) {
        UNWIND reached AS n
        CALL (n) {
          MATCH (n)<-[:SUBJECT|OBJECT]-(f_2:Fact)
          WHERE (left(f_2.validFrom, size($asOf)) <= $asOf AND (f_2.validTo IS NULL OR left(f_2.validTo, size($asOf)) > $asOf) AND (size(f_2.validFroms) < 2 OR any(iv IN range(0, size(f_2.validFroms) - 1) WHERE left(f_2.validFroms[iv], size($asOf)) <= $asOf AND (f_2.validTos[iv] = '' OR left(f_2.validTos[iv], size($asOf)) > $asOf))))
          WITH DISTINCT f_2 ORDER BY f_2.firstDate IS NULL, f_2.firstDate, f_2.lastDate, f_2.id LIMIT $timelineFirst
          RETURN collect({id: f_2.id}) AS timeline_1
        }
        RETURN collect({id: n.id, timeline: timeline_1}) AS entities
      }
      UNWIND range(0, reduce(most = 1, k IN [size(entities)] | CASE WHEN k > most THEN k ELSE most END) - 1, 50) AS at
      RETURN c IS NOT NULL AS found, entities[at..at + 50] AS entities",
        "params": {
          "asOf": "2025-11",
          "id": "COL",
          "timelineFirst": 50,
        },
      }
    `);
  });

  it('asOf on shortestPaths: a quantified path pattern with the condition on each step', () => {
    expect(compile(`{ shortestPaths(from: "COL", to: "FRA", asOf: "2025") { length } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      CALL (a, b) {
        MATCH p = SHORTEST 1 (a)(()-[r:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]-() WHERE (left(r.validFrom, size($asOf)) <= $asOf AND (r.validTo IS NULL OR left(r.validTo, size($asOf)) > $asOf) AND (size(r.validFroms) < 2 OR any(iv IN range(0, size(r.validFroms) - 1) WHERE left(r.validFroms[iv], size($asOf)) <= $asOf AND (r.validTos[iv] = '' OR left(r.validTos[iv], size($asOf)) > $asOf))))){1,4}(b)
        WITH p LIMIT 1
        RETURN collect({length: length(p)}) AS paths
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths",
        "params": {
          "asOf": "2025",
          "from": "COL",
          "to": "FRA",
        },
      }
    `);
  });

  it('knownAt on facts: live and archived facts with a report known then; sources and parties of archived facts', () => {
    expect(compile(`{ facts(knownAt: "2025-11-12T10:00:00+01:00", subject: "COL", first: 5) { nodes { id retractedAt subject { type } sources { recordedAt retractedAt } } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (:Entity {id: $subject})<-[:SUBJECT|ARCHIVED_SUBJECT]-(f:Fact|ArchivedFact)
        WHERE left(f.recordedAt, size($knownAt)) <= $knownAt AND (f.retractedAt IS NULL OR left(f.retractedAt, size($knownAt)) > $knownAt)
        WITH f ORDER BY f.sortDate DESC, f.id LIMIT $first
        MATCH (f)-[:SUBJECT|ARCHIVED_SUBJECT]->(s_1:Entity|ArchivedEntity)
        CALL (f) {
          MATCH (a_2:Article|RetractedArticle)-[r_3:REPORTS|RETRACTED_REPORT]->(f)
          WHERE left(r_3.recordedAt, size($knownAt)) <= $knownAt AND (r_3.retractedAt IS NULL OR left(r_3.retractedAt, size($knownAt)) > $knownAt)
          WITH a_2, r_3 ORDER BY coalesce(r_3.date, a_2.publishedAt, ''), a_2.id
          RETURN collect({recordedAt: r_3.recordedAt, retractedAt: r_3.retractedAt}) AS sources_4
        }
        RETURN collect({id: f.id, retractedAt: f.retractedAt, subject: {type: coalesce(s_1.archivedType, [l IN labels(s_1) WHERE l <> 'Entity'][0])}, sources: sources_4}) AS nodes
      }
      RETURN nodes",
        "params": {
          "first": 5,
          "knownAt": "2025-11-12T09:00:00.000Z",
          "subject": "COL",
        },
      }
    `);
  });

  it('knownAt on a traversal: steps through Fact and ArchivedFact nodes known then, reaching archived entities', () => {
    expect(compile(`{ neighbourhood(id: "COL", knownAt: "2025-11", relationTypes: [SANCTIONED]) { id type } }`).cypher).toMatchInlineSnapshot(`
      "CALL () {
        OPTIONAL MATCH (c:Entity {id: $id}) RETURN c
        UNION ALL
        OPTIONAL MATCH (c:ArchivedEntity {id: $id}) WHERE left(c.retractedAt, size($knownAt)) > $knownAt RETURN c
      }
      WITH c ORDER BY c IS NULL, c:ArchivedEntity LIMIT 1
      WITH c, CASE WHEN c IS NULL THEN [] ELSE [c] END AS level0
      CALL (level0) {
        UNWIND level0 AS x
        MATCH (x)<-[:SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT]-(r:Fact|ArchivedFact)-[:SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT]->(n:Entity|ArchivedEntity)
        WHERE NOT n IN level0 AND n <> x AND r.relation IN $types AND left(r.recordedAt, size($knownAt)) <= $knownAt AND (r.retractedAt IS NULL OR left(r.retractedAt, size($knownAt)) > $knownAt)
        WITH DISTINCT n
        RETURN collect(n) AS level1
      }
      WITH c, COLLECT {
        UNWIND level1 AS n
        WITH n ORDER BY n.name, n.id
        RETURN [n.id, coalesce(n.archivedType, [l IN labels(n) WHERE l <> 'Entity'][0])]
      } AS entities
      UNWIND range(0, reduce(most = 1, k IN [size(entities)] | CASE WHEN k > most THEN k ELSE most END) - 1, 50) AS at
      RETURN c IS NOT NULL AS found, entities[at..at + 50] AS entities"
    `);
  });

  it('knownAt with asOf on shortestPaths: fact nodes on each step, the validity known then checked inline; facts at odd positions', () => {
    expect(compile(`{ shortestPaths(from: "COL", to: "USA", knownAt: "2025-11", asOf: "2025-10") { length facts { id validTo } } }`).cypher).toMatchInlineSnapshot(`
      "CALL () {
        OPTIONAL MATCH (a:Entity {id: $from}) RETURN a
        UNION ALL
        OPTIONAL MATCH (a:ArchivedEntity {id: $from}) WHERE left(a.retractedAt, size($knownAt)) > $knownAt RETURN a
      }
      WITH a ORDER BY a IS NULL, a:ArchivedEntity LIMIT 1
      CALL () {
        OPTIONAL MATCH (b:Entity {id: $to}) RETURN b
        UNION ALL
        OPTIONAL MATCH (b:ArchivedEntity {id: $to}) WHERE left(b.retractedAt, size($knownAt)) > $knownAt RETURN b
      }
      WITH a, b ORDER BY b IS NULL, b:ArchivedEntity LIMIT 1
      CALL (a, b) {
        MATCH p = SHORTEST 1 (a)(()<-[:SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT]-(r:Fact|ArchivedFact WHERE left(r.recordedAt, size($knownAt)) <= $knownAt AND (r.retractedAt IS NULL OR left(r.retractedAt, size($knownAt)) > $knownAt) AND any(i IN [ends IN [COLLECT { MATCH (:Article|RetractedArticle)-[x_6:REPORTS|RETRACTED_REPORT]->(r) WHERE left(x_6.recordedAt, size($knownAt)) <= $knownAt AND (x_6.retractedAt IS NULL OR left(x_6.retractedAt, size($knownAt)) > $knownAt) AND x_6.validTo IS NOT NULL RETURN x_6.validTo } + COLLECT { MATCH (:Article|RetractedArticle)-[y_7:REPORTS|RETRACTED_REPORT]->(:Fact|ArchivedFact)-[:ENDS]->(r) WHERE left(y_7.recordedAt, size($knownAt)) <= $knownAt AND (y_7.retractedAt IS NULL OR left(y_7.retractedAt, size($knownAt)) > $knownAt) RETURN coalesce(y_7.validFrom, y_7.date) }] | reduce(acc = [], s IN COLLECT { MATCH (:Article|RetractedArticle)-[x_6:REPORTS|RETRACTED_REPORT]->(r) WHERE left(x_6.recordedAt, size($knownAt)) <= $knownAt AND (x_6.retractedAt IS NULL OR left(x_6.retractedAt, size($knownAt)) > $knownAt) WITH DISTINCT coalesce(x_6.validFrom, x_6.date) AS start_8 WHERE start_8 IS NOT NULL RETURN start_8 ORDER BY start_8 } | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1]) THEN acc + [[s, reduce(m = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (m IS NULL OR e < m) THEN e ELSE m END)]] ELSE acc END)][0] WHERE left(i[0], size($asOf)) <= $asOf AND (i[1] IS NULL OR left(i[1], size($asOf)) > $asOf)))-[:SUBJECT|OBJECT|ARCHIVED_SUBJECT|ARCHIVED_OBJECT]->()){1,4}(b)
        WITH p LIMIT 1
        CALL (p) {
          UNWIND [i IN range(1, length(p), 2) | nodes(p)[i]] AS r
          WITH *, [ends IN [COLLECT { MATCH (:Article|RetractedArticle)-[x_2:REPORTS|RETRACTED_REPORT]->(r) WHERE left(x_2.recordedAt, size($knownAt)) <= $knownAt AND (x_2.retractedAt IS NULL OR left(x_2.retractedAt, size($knownAt)) > $knownAt) AND x_2.validTo IS NOT NULL RETURN x_2.validTo } + COLLECT { MATCH (:Article|RetractedArticle)-[y_3:REPORTS|RETRACTED_REPORT]->(:Fact|ArchivedFact)-[:ENDS]->(r) WHERE left(y_3.recordedAt, size($knownAt)) <= $knownAt AND (y_3.retractedAt IS NULL OR left(y_3.retractedAt, size($knownAt)) > $knownAt) RETURN coalesce(y_3.validFrom, y_3.date) }] | reduce(acc = [], s IN COLLECT { MATCH (:Article|RetractedArticle)-[x_2:REPORTS|RETRACTED_REPORT]->(r) WHERE left(x_2.recordedAt, size($knownAt)) <= $knownAt AND (x_2.retractedAt IS NULL OR left(x_2.retractedAt, size($knownAt)) > $knownAt) WITH DISTINCT coalesce(x_2.validFrom, x_2.date) AS start_4 WHERE start_4 IS NOT NULL RETURN start_4 ORDER BY start_4 } | CASE WHEN size(acc) = 0 OR (acc[-1][1] IS NOT NULL AND s > acc[-1][1] AND NOT s STARTS WITH acc[-1][1]) THEN acc + [[s, reduce(m = null, e IN ends | CASE WHEN e IS NOT NULL AND (e >= s OR s STARTS WITH e) AND (m IS NULL OR e < m) THEN e ELSE m END)]] ELSE acc END)][0] AS validity_5
          RETURN collect({id: r.id, validTo: [i IN validity_5 WHERE left(i[0], size($asOf)) <= $asOf | [i[0], CASE WHEN i[1] IS NULL OR left(i[1], size($asOf)) > $asOf THEN null ELSE i[1] END]][-1][1]}) AS facts_1
        }
        RETURN collect({length: length(p) / 2, facts: facts_1}) AS paths
      }
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths"
    `);
  });

  it('asOf on fact fields: validity as of then (the interval holding then, open when it ended later), endedBy started by then', () => {
    expect(compile(`{ facts(asOf: "2025-10", first: 5) { nodes { validFrom validTo validity { validFrom to: validTo } endedBy { id } } } }`).cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (f:Fact)
        WHERE (left(f.validFrom, size($asOf)) <= $asOf AND (f.validTo IS NULL OR left(f.validTo, size($asOf)) > $asOf) AND (size(f.validFroms) < 2 OR any(iv IN range(0, size(f.validFroms) - 1) WHERE left(f.validFroms[iv], size($asOf)) <= $asOf AND (f.validTos[iv] = '' OR left(f.validTos[iv], size($asOf)) > $asOf))))
        WITH f ORDER BY f.sortDate DESC, f.id LIMIT $first
        CALL (f) {
          MATCH (e_1:Fact)-[:ENDS]->(f)
          WHERE left(e_1.validFrom, size($asOf)) <= $asOf
          WITH e_1 ORDER BY e_1.validFrom, e_1.id
          RETURN collect({id: e_1.id}) AS endedBy_2
        }
        RETURN collect({validFrom: [i IN [iv IN range(0, size(coalesce(f.validFroms, [])) - 1) | [f.validFroms[iv], CASE f.validTos[iv] WHEN '' THEN null ELSE f.validTos[iv] END]] WHERE left(i[0], size($asOf)) <= $asOf | [i[0], CASE WHEN i[1] IS NULL OR left(i[1], size($asOf)) > $asOf THEN null ELSE i[1] END]][-1][0], validTo: [i IN [iv IN range(0, size(coalesce(f.validFroms, [])) - 1) | [f.validFroms[iv], CASE f.validTos[iv] WHEN '' THEN null ELSE f.validTos[iv] END]] WHERE left(i[0], size($asOf)) <= $asOf | [i[0], CASE WHEN i[1] IS NULL OR left(i[1], size($asOf)) > $asOf THEN null ELSE i[1] END]][-1][1], validity: [i IN [i IN [iv IN range(0, size(coalesce(f.validFroms, [])) - 1) | [f.validFroms[iv], CASE f.validTos[iv] WHEN '' THEN null ELSE f.validTos[iv] END]] WHERE left(i[0], size($asOf)) <= $asOf | [i[0], CASE WHEN i[1] IS NULL OR left(i[1], size($asOf)) > $asOf THEN null ELSE i[1] END]] | {validFrom: i[0], validTo: i[1]}], endedBy: endedBy_2}) AS nodes
      }
      RETURN nodes"
    `);
  });

  it('new fact fields: validity and record time from the edge; endedBy and denials from the Fact node', () => {
    expect(compile(`{ subgraph(ids: ["COL"]) { edges { id validFrom validTo publisherCount contested recordedAt } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (s:Entity) WHERE s.id IN $ids
      WITH collect(s) AS level0
      CALL (level0) {
        UNWIND level0 AS x
        MATCH (x)-[r:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]-(n:Entity)
        WHERE NOT n IN level0
        WITH DISTINCT n
        RETURN collect(n) AS level1
      }
      WITH level0, COLLECT {
        UNWIND level0 AS n
        WITH n ORDER BY n.name, n.id
        RETURN n
      } + COLLECT {
        UNWIND level1 AS n
        WITH n ORDER BY n.name, n.id
        RETURN n
      } AS reached
      WITH level0, reached, reached[..$maxNodes] AS kept
      CALL (kept) {
        UNWIND kept AS a
        MATCH (a)-[r:HOLDS_OFFICE|PART_OF|ALLY_OF|SANCTIONED|SUSPENDED_INTELLIGENCE_SHARING_WITH|CRITICIZED|ACCUSED|DENIED|DISTANCED_FROM|ORDERED|CONDUCTED|ATTACKED|OCCURRED_IN|AGREED|CONSULTED|SUPPORTED|CONCEDED|COOPERATED|AIDED|RETREATED|REQUESTED|REJECTED|THREATENED|PROTESTED|MOBILIZED|COERCED|LIFTED_SANCTIONS_ON|RESUMED_INTELLIGENCE_SHARING_WITH|ENDED_ALLIANCE_WITH|ENDED_OPERATION]->(o:Entity)
        WHERE o IN kept
        RETURN collect([r.factId, r.validFrom, r.validTo, coalesce(r.publisherCount, 0), coalesce(r.contested, false), r.recordedAt]) AS edges
      }
      UNWIND range(0, reduce(most = 1, k IN [size(edges)] | CASE WHEN k > most THEN k ELSE most END) - 1, 50) AS at
      RETURN [id IN $ids WHERE NOT id IN [s IN level0 | s.id]] AS missing, size(reached) > size(kept) AS truncated, edges[at..at + 50] AS edges",
        "params": {
          "ids": [
            "COL",
          ],
          "maxNodes": 200,
        },
        "tuples": {
          "edges": [
            "id",
            "validFrom",
            "validTo",
            "publisherCount",
            "contested",
            "recordedAt",
          ],
        },
      }
    `);
    expect(compile(`{ facts(first: 1) { nodes { endedBy { id } denials { fact { id } source { evidence } } } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (f:Fact)
        WITH f ORDER BY f.sortDate DESC, f.id LIMIT $first
        CALL (f) {
          MATCH (e_1:Fact)-[:ENDS]->(f)
          WITH e_1 ORDER BY e_1.validFrom, e_1.id
          RETURN collect({id: e_1.id}) AS endedBy_2
        }
        CALL (f) {
          MATCH (d_3:Fact)-[:DENIES]->(f)
          MATCH (a_4:Article)-[r_5:REPORTS]->(d_3)
          WITH d_3, a_4, r_5 ORDER BY d_3.id, a_4.id
          RETURN collect({fact: {id: d_3.id}, source: {evidence: r_5.evidence}}) AS deniedBy_6
        }
        CALL (f) {
          MATCH (a_8:Article)-[r_9:REPORTS]->(f)
          WHERE r_9.status = 'denied'
          WITH a_8, r_9 ORDER BY a_8.id
          RETURN collect({fact: null, source: {evidence: r_9.evidence}}) AS deniedIn_7
        }
        RETURN collect({endedBy: endedBy_2, denials: deniedBy_6 + deniedIn_7}) AS nodes
      }
      RETURN nodes",
        "params": {
          "first": 1,
        },
      }
    `);
  });

  it('alliesAtOdds runs the saved query as a subquery under the names its header declares; corroboration and contested', () => {
    expect(compile(`{ alliesAtOdds(asOf: "2025-11") { a { id } hostileCount score hostileFacts { id } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        RETURN 1 /* the saved query explore/allies-at-odds */
      }
      WITH aId, bId, alliances, hostileFacts, hostileCount, score
      MATCH (a_1:Entity {id: aId})
      CALL (hostileFacts) {
        UNWIND hostileFacts AS item
        MATCH (f_2) WHERE elementId(f_2) = item.ref
        WITH f_2 ORDER BY f_2.sortDate DESC, f_2.id
        RETURN collect({id: f_2.id}) AS hostileFacts_3
      }
      WITH * ORDER BY score DESC, hostileCount DESC, aId, bId
      RETURN collect({a: {id: a_1.id}, hostileCount: hostileCount, score: score, hostileFacts: hostileFacts_3}) AS pairs",
        "params": {
          "asOf": "2025-11",
          "first": 20,
          "from": null,
          "knownAt": null,
          "to": null,
        },
      }
    `);
    expect(compile(`{ corroboration(minPublishers: 2) { nodes { id } } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (f:Fact)
        WHERE f.publisherCount >= $minPublishers
        WITH f ORDER BY f.publisherCount DESC, f.sourceCount DESC, f.sortDate DESC, f.id LIMIT $first
        RETURN collect({id: f.id}) AS nodes
      }
      RETURN nodes",
        "params": {
          "first": 20,
          "minPublishers": 2,
        },
      }
    `);
    expect(compile(`{ contested(relationTypes: [ACCUSED]) { totalCount } }`)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        MATCH (f:Fact)
        WHERE f.contested = true AND f.relation IN $types
        RETURN count(f) AS total
      }
      RETURN total",
        "params": {
          "types": [
            "ACCUSED",
          ],
        },
      }
    `);
  });

  it('the saved query weighs hostile relations as the vocabulary does', () => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher/queries/explore/allies-at-odds.cypher'), 'utf8');
    const weights = Object.fromEntries([.../\{(ACCUSED: [^}]*)\}/.exec(text)![1]!.matchAll(/(\w+): ([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
    expect(weights).toEqual(HOSTILE_RELATIONS);
    // the hostile facts between two sides are found over the traversal edges of exactly these relations
    const edgeTypes = /MATCH \(member\)-\[r:([A-Z_|]+)\]-\(\w*:Entity\)/.exec(text)![1]!.split('|');
    expect(edgeTypes.sort()).toEqual(Object.keys(HOSTILE_RELATIONS).sort());
  });
});
