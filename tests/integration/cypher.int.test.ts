import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/AppError.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { toPlain } from '../../src/graph/toPlain.ts';
import { coerceSavedQueryParams } from '../../src/console/coerceSavedQueryParams.ts';
import { findSavedQuery, SAVED_QUERY_AREA } from '../../src/console/findSavedQuery.ts';
import { runConsoleQuery } from '../../src/console/runConsoleQuery.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { loadEntityRegistry } from '../../src/ingest/loadEntityRegistry.ts';
import { runCli } from '../support/runCli.ts';
import { seedGraph } from '../support/seedGraph.ts';
import { graphFingerprint, openTestGraph, testConfig, testNeo4jEnv } from '../support/testGraph.ts';

const SEED_ARTICLE = 'antiwar-2025-10-petro-suspends-intelligence-sharing';
const cli = (args: string[], input?: string) => runCli(args, { env: testNeo4jEnv(), input });

interface SeedFact {
  id: string;
  subject: string;
  relation: string;
  object: string;
  evidence: string;
}

/** What the seed graph must contain, read from the seed fact file and registry, not from the graph. */
async function seedExpectations() {
  const { rootDir } = testConfig();
  const file = await loadFactFile(path.join(rootDir, 'seeds', 'petro-suspends-intelligence-sharing.facts.yaml'));
  const registry = loadEntityRegistry(rootDir);
  const facts: SeedFact[] = file.facts.map((f) => ({ ...f, id: `${f.subject}|${f.relation}|${f.object}` }));
  const entities = new Map([...registry.entities, ...file.entities].map((e) => [e.id, e]));
  const name = (id: string) => entities.get(id)!.name;
  return { facts, entities, name, articleId: file.article.id };
}

describe('saved queries on the seed graph', () => {
  let graph: Graph;
  let seed: Awaited<ReturnType<typeof seedExpectations>>;
  const run = async (queryName: string, raw: Record<string, string> = {}) => {
    const saved = findSavedQuery(graph.cypher, queryName);
    const result = await runConsoleQuery(graph, saved.text, { params: coerceSavedQueryParams(saved, raw) });
    return result.records.map((r) => toPlain(r) as Record<string, any>);
  };
  const facts = (relation: string) => seed.facts.filter((f) => f.relation === relation);

  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
    seed = await seedExpectations();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('every saved query is covered below', () => {
    expect(graph.cypher.area(SAVED_QUERY_AREA).map((q) => q.name).sort()).toEqual(
      [
        'allies-at-odds', 'article-facts', 'as-of', 'contested', 'contradictions', 'corroboration', 'criticism-of', 'distanced-from', 'fact-sources', 'find-entity',
        'intelligence-sharing', 'most-connected', 'neighbourhood', 'sanctions', 'shortest-path', 'timeline',
      ].sort(),
    );
  });

  it('sanctions: who sanctioned whom', async () => {
    const rows = await run('sanctions');
    expect(rows.map((r) => [r.subjectId, r.objectId])).toEqual(facts('SANCTIONED').map((f) => [f.subject, f.object]));
    expect(rows[0]).toMatchObject({ sanctioner: seed.name(rows[0]!.subjectId), sources: 1 });
  });

  // Issue 16's saved queries (allies-at-odds is also covered in alliesAtOdds.int.test.ts).
  it('allies-at-odds: Colombia-United States first, then United Kingdom-United States', async () => {
    const rows = await run('allies-at-odds');
    expect(rows.slice(0, 2).map((r) => [r.aId, r.bId, r.hostileCount, r.score])).toEqual([
      ['COL', 'USA', 5, 7],
      ['GBR', 'USA', 2, 3],
    ]);
    expect(await run('allies-at-odds', { asOf: '2021' })).toEqual([]);
  });

  it('as-of, corroboration, contested: valid facts of an entity, facts by publishers, denied allegations', async () => {
    expect((await run('as-of', { entity: 'USA', asOf: '2022' })).map((r) => r.factId)).toEqual(['USA|ALLY_OF|COL']);
    expect(await run('as-of', { entity: 'USA', asOf: '2021' })).toEqual([]);
    const corroborated = await run('corroboration', { first: '3' });
    expect(corroborated).toHaveLength(3);
    expect(corroborated[0]).toMatchObject({ publishers: 1, publisherNames: ['Antiwar.com'] });
    const contested = await run('contested');
    expect(contested.map((r) => r.factId)).toEqual(['trump-administration|ACCUSED|gustavo-petro']);
    expect(contested[0]!.denying).toEqual([expect.stringContaining('gustavo-petro|DENIED|trump-administration')]);
  });

  it('intelligence-sharing: suspensions and intelligence agencies', async () => {
    const rows = await run('intelligence-sharing');
    const intelligence = (id: string) => seed.entities.get(id)?.kind === 'intelligence';
    const expected = [...facts('SUSPENDED_INTELLIGENCE_SHARING_WITH'), ...facts('PART_OF').filter((f) => intelligence(f.subject))];
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => `${r.subjectId}|${r.relation}|${r.objectId}`).sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it('criticism-of: critics of the boat strike campaign with their evidence', async () => {
    const rows = await run('criticism-of', { target: 'us-boat-strike-campaign' });
    const expected = facts('CRITICIZED').filter((f) => f.object === 'us-boat-strike-campaign');
    expect(rows.map((r) => r.criticId).sort()).toEqual(expected.map((f) => f.subject).sort());
    for (const row of rows) expect(row.evidence).toBe(expected.find((f) => f.subject === row.criticId)!.evidence);
  });

  it('distanced-from: who distanced themselves, and their alliance with the conductor', async () => {
    const rows = await run('distanced-from', { target: 'us-boat-strike-campaign' });
    const expected = facts('DISTANCED_FROM').filter((f) => f.object === 'us-boat-strike-campaign').map((f) => f.subject);
    expect(rows.map((r) => r.actorId).sort()).toEqual(expected.sort());
    const conductors = facts('CONDUCTED').filter((f) => f.object === 'us-boat-strike-campaign').map((f) => f.subject);
    for (const row of rows) {
      const allies = conductors.filter((c) => facts('ALLY_OF').some((f) => (f.subject === row.actorId && f.object === c) || (f.subject === c && f.object === row.actorId)));
      expect(row.alliedWith.sort()).toEqual(allies.map(seed.name).sort());
    }
  });

  it('most-connected: fact counts per entity, highest first', async () => {
    const degree = new Map<string, number>();
    for (const f of seed.facts) for (const id of [f.subject, f.object]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const expected = [...degree].sort((a, b) => b[1] - a[1] || seed.name(a[0]).localeCompare(seed.name(b[0]))).slice(0, 5);
    const rows = await run('most-connected', { limit: '5' });
    expect(rows.map((r) => [r.id, r.facts])).toEqual(expected);
    expect(await run('most-connected')).toHaveLength(Math.min(10, degree.size));
  });

  it('article-facts: all facts of the seed article with their evidence', async () => {
    const rows = await run('article-facts', { article: seed.articleId });
    expect(rows.map((r) => r.factId).sort()).toEqual(seed.facts.map((f) => f.id).sort());
    const byId = new Map(seed.facts.map((f) => [f.id, f]));
    for (const row of rows) expect(row.evidence).toBe(byId.get(row.factId)!.evidence);
  });

  it('neighbourhood: entities within two facts, with their distance', async () => {
    const hops = new Map<string, number>([['jean-noel-barrot', 0]]);
    for (const depth of [1, 2]) {
      for (const f of seed.facts) {
        for (const [a, b] of [[f.subject, f.object], [f.object, f.subject]] as const) {
          if (hops.get(a) === depth - 1 && !hops.has(b)) hops.set(b, depth);
        }
      }
    }
    hops.delete('jean-noel-barrot');
    const rows = await run('neighbourhood', { entity: 'jean-noel-barrot' });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.hops]))).toEqual(Object.fromEntries(hops));
  });

  it('shortest-path: the chain of facts between two entities', async () => {
    const rows = await run('shortest-path', { from: 'jean-noel-barrot', to: 'gustavo-petro' });
    expect(rows).toHaveLength(1);
    // Both criticized the boat strike campaign (facts 6 and 20): two hops apart.
    const shared = facts('CRITICIZED').filter((f) => f.subject === 'gustavo-petro').some((f) => facts('CRITICIZED').some((g) => g.subject === 'jean-noel-barrot' && g.object === f.object));
    expect(shared).toBe(true);
    expect(rows[0]!.hops).toBe(2);
    const segments = rows[0]!.path.segments as { start: any; end: any }[];
    expect(segments[0]!.start.properties.id).toBe('jean-noel-barrot');
    expect(segments.at(-1)!.end.properties.id).toBe('gustavo-petro');
  });

  it('timeline: every fact of an entity, dated facts first', async () => {
    const rows = await run('timeline', { entity: 'COL' });
    const expected = seed.facts.filter((f) => f.subject === 'COL' || f.object === 'COL');
    expect(rows.map((r) => r.factId).sort()).toEqual(expected.map((f) => f.id).sort());
    const dates = rows.map((r) => r.date);
    const firstNull = dates.indexOf(null);
    expect(dates.slice(firstNull === -1 ? dates.length : firstNull).every((d) => d === null)).toBe(true);
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort());
    expect(dates).toContain('2022');
  });

  it('fact-sources: the article and quote behind a fact', async () => {
    const fact = facts('SANCTIONED')[0]!;
    const rows = await run('fact-sources', { fact: fact.id });
    expect(rows).toEqual([expect.objectContaining({ article: SEED_ARTICLE, evidence: fact.evidence, status: 'asserted' })]);
  });

  it('contradictions: allies acting against their ally', async () => {
    const allies = facts('ALLY_OF').flatMap((f) => [[f.subject, f.object], [f.object, f.subject]] as const);
    const hostile = new Set(['CRITICIZED', 'SANCTIONED', 'ACCUSED', 'ATTACKED', 'DISTANCED_FROM', 'SUSPENDED_INTELLIGENCE_SHARING_WITH', 'THREATENED', 'COERCED']);
    const memberOf = (x: string, a: string) => x === a || seed.facts.some((f) => f.subject === x && f.object === a && ['HOLDS_OFFICE', 'PART_OF'].includes(f.relation));
    const aimsAt = (t: string, b: string) =>
      t === b || seed.facts.some((f) => (f.relation === 'CONDUCTED' && f.subject === b && f.object === t) || (f.relation === 'PART_OF' && f.subject === t && f.object === b));
    const expected = new Set<string>();
    for (const [a, b] of allies) {
      for (const f of seed.facts) if (hostile.has(f.relation) && memberOf(f.subject, a) && aimsAt(f.object, b)) expected.add(`${seed.name(a)}|${seed.name(b)}|${f.id}`);
    }
    const rows = await run('contradictions');
    expect(expected.size).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.ally}|${r.allyOf}|${r.factId}`).sort()).toEqual([...expected].sort());
  });

  it('find-entity: ids by part of a name or alias', async () => {
    const rows = await run('find-entity', { text: 'Washington' });
    expect(rows.map((r) => r.id)).toEqual(['USA']);
    const petro = await run('find-entity', { text: 'petro' });
    expect(petro.map((r) => r.id)).toEqual([...seed.entities.values()].filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase().includes('petro'))).map((e) => e.id));
  });
});

describe('the read-only rule', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const schema = async () => (await graph.runText<{ n: number }>('SHOW INDEXES YIELD name RETURN count(*) AS n'))[0]!.n;

  it.each([
    ['CREATE', "CREATE (:Entity:Person {id: 'intruder', name: 'Intruder'})"],
    ['CREATE returning rows', "CREATE (p:Probe {id: 'x'}) RETURN p"],
    ['MERGE', "MERGE (e:Entity:Country {id: 'ZZZ'})"],
    ['SET', "MATCH (e:Entity {id: 'USA'}) SET e.name = 'Nowhere'"],
    ['DELETE', 'MATCH (n) DETACH DELETE n'],
    ['REMOVE', 'MATCH (e:Entity) REMOVE e.aliases'],
    ['FOREACH', 'FOREACH (i IN range(1, 3) | CREATE (:Probe {i: i}))'],
    ['write hidden in a subquery, lower case, after a comment', "/* just looking */ match (e:Entity) with e limit 1 call (e) { set e.name = 'x' } return e"],
    ['schema: create index', 'CREATE INDEX probe_id IF NOT EXISTS FOR (n:Probe) ON (n.id)'],
    ['schema: drop constraint', 'DROP CONSTRAINT entity_id IF EXISTS'],
    ['admin: create user', "CREATE USER intruder SET PASSWORD 'a-long-password'"],
    ['admin: terminate transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['LOAD CSV that writes', "LOAD CSV FROM 'file:///etc/hostname' AS row CREATE (:Probe {line: row[0]})"],
    ['LOAD CSV that only reads', "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row"],
    ['write procedure', "CALL db.createLabel('Probe')"],
    ['dbms procedure', 'CALL db.clearQueryCaches()'],
    ['CALL { } IN TRANSACTIONS that writes', 'MATCH (e:Entity) CALL (e) { SET e.touched = true } IN TRANSACTIONS'],
    ['CALL { } IN TRANSACTIONS that reads', 'MATCH (e:Entity) CALL (e) { RETURN e.id AS id } IN TRANSACTIONS RETURN id'],
  ])('refuses %s without --write and leaves the graph unchanged', async (_name, statement) => {
    const before = await graphFingerprint(graph);
    const indexes = await schema();
    const error = await runConsoleQuery(graph, statement).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
    expect((error as AppError).message).toMatch(/^refused: /);
    expect(await graphFingerprint(graph)).toEqual(before);
    expect(await schema()).toBe(indexes);
  });

  it('refuses administration commands Neo4j Community does not have, unchanged graph', async () => {
    const before = await graphFingerprint(graph);
    await expect(runConsoleQuery(graph, 'CREATE DATABASE intruder')).rejects.toThrow(/Unsupported administration command/);
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('the CLI says why, exits 4 and changes nothing; --write runs the write and reports counters', async () => {
    const before = await graphFingerprint(graph);
    const refused = await cli(['cypher', "MERGE (p:Probe {id: 'console-test'}) RETURN p"]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('newsgraph: refused: it writes to the graph (plan: ');
    expect(refused.stderr).toContain('--write');
    expect(await graphFingerprint(graph)).toEqual(before);

    const written = await cli(['cypher', '--write', "MERGE (p:Probe {id: 'console-test'}) RETURN p"]);
    expect(written.stderr).toMatch(/1 row; nodes created: 1, properties set: 1, labels added: 1; \d+ ms/);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('(:Probe {id: "console-test"})');
    expect(await graph.runText("MATCH (p:Probe {id: 'console-test'}) RETURN p.id AS id")).toEqual([{ id: 'console-test' }]);
    await graph.runText("MATCH (p:Probe {id: 'console-test'}) DELETE p", {}, { write: true });
    expect(await graphFingerprint(graph)).toEqual(before);
  });

  it('with --write, CALL { } IN TRANSACTIONS says clearly that it cannot run', async () => {
    const before = await graphFingerprint(graph);
    const result = await cli(['cypher', '--write', 'MATCH (e:Entity) CALL (e) { SET e.touched = true } IN TRANSACTIONS']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('cannot run this statement: CALL { } IN TRANSACTIONS needs an auto-commit transaction');
    expect(await graphFingerprint(graph)).toEqual(before);
  });
});

describe('newsgraph cypher output and errors', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const PATTERN_QUERY =
    "MATCH p = (s:Entity {id: 'trump-administration'})-[r:SANCTIONED]->(o:Entity) RETURN s, r, p, r.sourceCount AS sources, date('2025-10-03') AS day, 9007199254740993 AS big";

  it('prints nodes, relationships, paths, integers and dates readably in an aligned table', async () => {
    const { code, stdout, stderr } = await cli(['cypher', PATTERN_QUERY]);
    expect(stderr).toMatch(/^1 row; \d+ ms\n$/);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\| s +\| r +\| p +\| sources \| day +\| big +\|$/);
    const row = lines[3]!.split('|').map((c) => c.trim());
    expect(row.slice(1, 7)).toEqual([
      '(:Entity:Organization {name: "Trump administration"})',
      '-[:SANCTIONED]->',
      '(:Entity:Organization {name: "Trump administration"})-[:SANCTIONED]->(:Entity:Person {name: "Gustavo Petro"})',
      '1',
      '2025-10-03',
      '9007199254740993',
    ]);
    expect(stdout).not.toMatch(/low|high/);
  });

  it('writes JSON that parses back to the same values', async () => {
    const { code, stdout } = await cli(['cypher', '--format', 'json', PATTERN_QUERY]);
    expect(code).toBe(0);
    const inProcess = (await runConsoleQuery(graph, PATTERN_QUERY)).records.map((r) => toPlain(r));
    expect(JSON.parse(stdout)).toEqual(inProcess);
    expect(JSON.parse(stdout)[0]).toMatchObject({ sources: 1, day: '2025-10-03', big: '9007199254740993', s: { labels: ['Entity', 'Organization'] } });
  });

  it('writes CSV with a header row that a CSV parser reads back', async () => {
    const { code, stdout } = await cli(['cypher', '--format', 'csv', 'MATCH (a:Article)-[r:REPORTS]->(f:Fact) RETURN f.id AS fact, r.evidence AS evidence ORDER BY fact']);
    expect(code).toBe(0);
    const rows = parseCsv(stdout, { columns: true }) as { fact: string; evidence: string }[];
    const expected = await graph.runText('MATCH (a:Article)-[r:REPORTS]->(f:Fact) RETURN f.id AS fact, r.evidence AS evidence ORDER BY fact');
    expect(rows).toEqual(expected);
    expect(rows.some((r) => r.evidence.includes(','))).toBe(true);
  });

  it('takes typed --param values, the statement from -f or stdin, and caps rows with a notice', async () => {
    const withParams = await cli(['cypher', '--format', 'json', '-p', 'n=3', '-p', 'ids=["USA","COL"]', '-p', 'flag=true', 'UNWIND range(1, $n) AS x MATCH (e:Entity) WHERE e.id IN $ids AND $flag RETURN x, e.id AS id ORDER BY x, id']);
    expect(withParams.code).toBe(0);
    expect(JSON.parse(withParams.stdout)).toHaveLength(6);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cypher-'));
    const file = path.join(dir, 'count.cypher');
    fs.writeFileSync(file, '// a comment\nMATCH (e:Entity)\nRETURN count(e) AS entities;\n');
    const { n } = (await graph.runText<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n'))[0]!;
    const fromFile = await cli(['cypher', '--format', 'csv', '-f', file]);
    expect(fromFile.stdout).toBe(`entities\r\n${n}\r\n`);
    const fromStdin = await cli(['cypher', '--format', 'csv'], 'MATCH (e:Entity) RETURN count(e) AS entities;');
    expect(fromStdin.stdout).toBe(`entities\r\n${n}\r\n`);
    fs.rmSync(dir, { recursive: true, force: true });

    const capped = await cli(['cypher', '--format', 'json', '--limit', '3', 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id']);
    expect(JSON.parse(capped.stdout)).toHaveLength(3);
    expect(capped.stderr).toContain('3 rows shown; more rows were cut at the limit of 3');
    const full = await runConsoleQuery(graph, 'UNWIND range(1, 1500) AS x RETURN x');
    expect(full.records).toHaveLength(1000);
    expect(full.truncated).toBe(true);
  });

  it('shows a syntax error with Neo4j\'s message and the position marked', async () => {
    const { code, stderr } = await cli(['cypher', 'MATCH (e:Entity)\n  RETRN e.name']);
    expect(code).toBe(2);
    expect(stderr).toContain("newsgraph: Cypher syntax error at line 2, column 3: Invalid input 'RETRN'");
    expect(stderr).toContain('\n    RETRN e.name\n    ^\n');
  });

  it('stops a query at --timeout, says so and exits non-zero', async () => {
    const started = Date.now();
    const { code, stderr } = await cli(['cypher', '--timeout', '100ms', 'MATCH (a), (b), (c) WITH a, b, c UNWIND range(1, 100000) AS x WITH x WHERE x < 0 RETURN count(x)']);
    expect(stderr).toContain('newsgraph: the query ran past its time limit of 100 ms and was stopped');
    expect(code).toBe(6);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('rejects bad flags with the flag named', async () => {
    expect((await cli(['cypher', '--timeout', 'soon', 'RETURN 1'])).stderr).toContain('--timeout must be a duration such as 100ms');
    expect((await cli(['cypher', '-p', 'oops', 'RETURN 1'])).stderr).toContain('--param "oops": expected name=value');
    const missing = await cli(['cypher', 'RETURN $who AS who']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/who/);
  });
});

describe('newsgraph queries / query', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await seedGraph(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('lists the saved queries with parameters, as text and JSON', async () => {
    const text = await cli(['queries']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^criticism-of target:string +Criticism of an actor or operation/m);
    expect(text.stdout).toMatch(/^most-connected limit:int=10 /m);
    const json = JSON.parse((await cli(['queries', '--json'])).stdout) as { name: string; params: { name: string; type: string }[] }[];
    expect(json.map((q) => q.name)).toEqual(graph.cypher.area(SAVED_QUERY_AREA).map((q) => q.name));
    expect(json.find((q) => q.name === 'shortest-path')!.params.map((p) => p.name)).toEqual(['from', 'to']);
  });

  it('runs one with its parameters', async () => {
    const { code, stdout } = await cli(['query', 'criticism-of', '--param', 'target=us-boat-strike-campaign', '--format', 'json']);
    expect(code).toBe(0);
    const expected = await graph.runText("MATCH (c:Entity)-[:CRITICIZED]->(:Entity {id: 'us-boat-strike-campaign'}) RETURN c.id AS id ORDER BY c.name");
    expect((JSON.parse(stdout) as { criticId: string }[]).map((r) => ({ id: r.criticId }))).toEqual(expected);
  });

  it('lists close matches for an unknown name and names missing or mistyped parameters', async () => {
    const unknown = await cli(['query', 'critcism-of']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('no saved query "critcism-of"; did you mean criticism-of?');
    const missing = await cli(['query', 'shortest-path', '-p', 'from=USA']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('saved query shortest-path needs parameter "to" (string');
    const mistyped = await cli(['query', 'most-connected', '-p', 'limit=many']);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toContain('parameter "limit" of saved query most-connected must be int (got "many")');
  });
});

