import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { AppError, InvalidInputError } from '../../src/errors/AppError.ts';
import { loadCypherRegistry, parseCypherFile } from '../../src/graph/cypherRegistry.ts';
import { classifyPlan } from '../../src/console/classifyPlan.ts';
import { coerceSavedQueryParams } from '../../src/console/coerceSavedQueryParams.ts';
import { findSavedQuery, SAVED_QUERY_AREA } from '../../src/console/findSavedQuery.ts';
import { formatValue } from '../../src/console/formatValue.ts';
import { markSyntaxError } from '../../src/console/markSyntaxError.ts';
import { parseDuration } from '../../src/console/parseDuration.ts';
import { parseParamFlags } from '../../src/console/parseParamFlags.ts';
import { parseParamValue } from '../../src/console/parseParamValue.ts';
import { renderResult } from '../../src/console/renderResult.ts';
import { stripCypherLiterals } from '../../src/console/stripCypherLiterals.ts';
import type { ConsoleResult } from '../../src/console/runConsoleQuery.ts';
import { isRelationType } from '../../src/model/vocabulary.ts';

describe('parseParamValue', () => {
  it('types numbers, booleans, null, lists and maps; whole numbers become Neo4j integers', () => {
    expect(neo4j.isInt(parseParamValue('5'))).toBe(true);
    expect(parseParamValue('1.5')).toBe(1.5);
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('null')).toBe(null);
    const list = parseParamValue('[1, "a"]') as unknown[];
    expect(neo4j.isInt(list[0])).toBe(true);
    expect(list[1]).toBe('a');
    expect(parseParamValue('{"id": "USA"}')).toEqual({ id: 'USA' });
  });
  it('keeps anything else as text, and strips single quotes', () => {
    expect(parseParamValue('gustavo-petro')).toBe('gustavo-petro');
    expect(parseParamValue("'42'")).toBe('42');
    expect(parseParamValue('"42"')).toBe('42');
  });
});

describe('parseParamFlags and parseDuration', () => {
  it('splits name=value and names a malformed flag', () => {
    expect(parseParamFlags(['id=USA', 'x=a=b'])).toEqual({ id: 'USA', x: 'a=b' });
    expect(() => parseParamFlags(['novalue'])).toThrow(/--param "novalue": expected name=value/);
  });
  it('reads ms, s and m, and refuses nonsense', () => {
    expect(parseDuration('--timeout', '100ms')).toBe(100);
    expect(parseDuration('--timeout', '2s')).toBe(2000);
    expect(parseDuration('--timeout', '1m')).toBe(60_000);
    expect(parseDuration('--timeout', '250')).toBe(250);
    expect(() => parseDuration('--timeout', 'soon')).toThrow(/--timeout must be a duration .*got "soon"/);
  });
});

describe('stripCypherLiterals', () => {
  it('hides semicolons inside strings, quoted names and comments, not real ones', () => {
    expect(stripCypherLiterals("RETURN 'a;b', \"c;\", `d;e` // f;\n/* g; */ ;")).not.toMatch(/;(?!$)/);
    expect(stripCypherLiterals("RETURN 'it\\'s;' AS x; RETURN 2")).toMatch(/AS x; RETURN 2$/);
  });
});

describe('classifyPlan', () => {
  it('lets only read plans through', () => {
    expect(classifyPlan('r', ['ProduceResults@neo4j', 'AllNodesScan@neo4j'])).toEqual({ kind: 'read' });
    expect(classifyPlan('rw', ['ProduceResults@neo4j', 'Create@neo4j'])).toMatchObject({ kind: 'write', reason: expect.stringContaining('Create') });
    expect(classifyPlan('w', ['EmptyResult@neo4j', 'SetProperty@neo4j'])).toMatchObject({ kind: 'write' });
    expect(classifyPlan('s', ['CreateIndex@neo4j'])).toMatchObject({ kind: 'write', reason: expect.stringContaining('schema') });
  });
  it('refuses read-typed plans that load files or stop transactions, and IN TRANSACTIONS always', () => {
    expect(classifyPlan('r', ['ProduceResults@neo4j', 'LoadCSV@neo4j'])).toMatchObject({ kind: 'write', reason: expect.stringContaining('LOAD CSV') });
    expect(classifyPlan('r', ['TerminateTransactions@neo4j'])).toMatchObject({ kind: 'write' });
    expect(classifyPlan('r', ['TransactionApply@neo4j'])).toMatchObject({ kind: 'impossible' });
    expect(classifyPlan('w', ['TransactionForeach@neo4j'])).toMatchObject({ kind: 'impossible' });
  });
});

describe('markSyntaxError', () => {
  const neo4jError = (message: string) => new InvalidInputError(message, { neo4jCode: 'Neo.ClientError.Statement.SyntaxError' });
  it('points at the line and column of what the user typed, discounting the EXPLAIN prefix', () => {
    const query = 'MATCH (n)\nRETRN n';
    // Neo4j counts from the start of "EXPLAIN MATCH ...": offset 18 is the R of RETRN.
    const marked = markSyntaxError(neo4jError(`Invalid input 'RETRN': expected 'RETURN' (line 2, column 1 (offset: 18))\n"RETRN n"\n ^`), query, 8) as AppError;
    expect(marked.message).toBe("Cypher syntax error at line 2, column 1: Invalid input 'RETRN': expected 'RETURN'\n  RETRN n\n  ^");
    expect(marked.details).toMatchObject({ line: 2, column: 1 });
  });
  it('leaves other errors alone', () => {
    const other = new InvalidInputError('something else', { neo4jCode: 'Neo.ClientError.Statement.ParameterMissing' });
    expect(markSyntaxError(other, 'RETURN $x', 8)).toBe(other);
  });
});

describe('formatValue', () => {
  it('prints Neo4j integers, floats, temporals and nested strings as Cypher does', () => {
    expect(formatValue(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(formatValue(3)).toBe('3.0');
    expect(formatValue(new neo4j.types.Date(2025, 10, 3))).toBe('2025-10-03');
    expect(formatValue(['a', neo4j.int(1)])).toBe('["a", 1]');
    expect(formatValue({ k: null })).toBe('{k: null}');
  });
  it('prints nodes, relationships and paths as patterns', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Person'], { name: 'Gustavo Petro', id: 'gustavo-petro' }, 'a');
    const b = new neo4j.types.Node(neo4j.int(2), ['Entity', 'Country'], { name: 'Colombia' }, 'b');
    const c = new neo4j.types.Node(neo4j.int(3), ['Fact'], { id: 'x|R|y' }, 'c');
    const r = new neo4j.types.Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'HOLDS_OFFICE', {}, 'r', 'a', 'b');
    const back = new neo4j.types.Relationship(neo4j.int(8), neo4j.int(3), neo4j.int(2), 'OBJECT', {}, 's', 'c', 'b');
    expect(formatValue(a)).toBe('(:Entity:Person {name: "Gustavo Petro"})');
    expect(formatValue(c)).toBe('(:Fact {id: "x|R|y"})');
    expect(formatValue(r)).toBe('-[:HOLDS_OFFICE]->');
    const path = new neo4j.types.Path(a, c, [new neo4j.types.PathSegment(a, r, b), new neo4j.types.PathSegment(b, back, c)]);
    expect(formatValue(path)).toBe('(:Entity:Person {name: "Gustavo Petro"})-[:HOLDS_OFFICE]->(:Entity:Country {name: "Colombia"})<-[:OBJECT]-(:Fact {id: "x|R|y"})');
  });
});

describe('renderResult', () => {
  const result: ConsoleResult = {
    columns: ['name', 'n'],
    records: [
      { name: 'a, "quoted"', n: neo4j.int(7) },
      { name: 'Jean-Noël', n: neo4j.int(12345) },
    ],
    truncated: false,
    limit: 1000,
    queryType: 'r',
    updates: {},
    elapsedMs: 1,
  };
  it('aligns table columns and right-aligns numbers', () => {
    const lines = renderResult(result, 'table').trimEnd().split('\n');
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
    expect(lines[3]).toBe('| a, "quoted" |     7 |');
  });
  it('shortens long texts in tables only', () => {
    const long = { ...result, columns: ['t'], records: [{ t: 'x'.repeat(200) }] };
    expect(renderResult(long, 'table')).toContain(`| ${'x'.repeat(79)}… |`);
    expect(renderResult(long, 'csv')).toContain('x'.repeat(200));
  });
  it('quotes CSV cells per RFC 4180 and writes JSON that parses back to the values', () => {
    expect(renderResult(result, 'csv')).toBe('name,n\r\n"a, ""quoted""",7\r\nJean-Noël,12345\r\n');
    expect(JSON.parse(renderResult(result, 'json'))).toEqual([
      { name: 'a, "quoted"', n: 7 },
      { name: 'Jean-Noël', n: 12345 },
    ]);
  });
});

describe('saved queries', () => {
  const registry = loadCypherRegistry(PROJECT_ROOT);
  const saved = registry.area(SAVED_QUERY_AREA);

  it('has at least ten, each with a description and only vocabulary relation types', () => {
    expect(saved.length).toBeGreaterThanOrEqual(10);
    // the layout's edges (src/model/README.md), issue 16's archive and links included
    const structural = new Set(['SUBJECT', 'OBJECT', 'REPORTS', 'MENTIONS', 'ENDS', 'DENIES', 'ARCHIVED_SUBJECT', 'ARCHIVED_OBJECT', 'RETRACTED_REPORT']);
    for (const q of saved) {
      expect(q.description, q.key).not.toBe('');
      const source = fs.readFileSync(q.file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const types = [...source.matchAll(/\[\w*:([A-Z_|]+)/g)].flatMap((m) => m[1]!.split('|'));
      const quoted = [...source.matchAll(/'([A-Z][A-Z_]+)'/g)].map((m) => m[1]!);
      for (const t of [...types, ...quoted]) expect(isRelationType(t) || structural.has(t), `${q.key}: ${t}`).toBe(true);
      // Every $parameter used is declared in the header, so `newsgraph query` can check it.
      const used = new Set([...source.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
      expect([...used].sort(), q.key).toEqual(q.params.map((p) => p.name).sort());
    }
    expect(path.basename(saved[0]!.file)).toMatch(/\.cypher$/);
  });

  it('suggests close names for an unknown one', () => {
    expect(() => findSavedQuery(registry, 'critcism-of')).toThrow(/no saved query "critcism-of"; did you mean criticism-of\?/);
  });

  it('coerces declared parameter types, applies defaults, and names missing, unknown and mistyped ones', () => {
    const q = parseCypherFile('explore/t', 't.cypher', '// description: t\n// param limit: int = 10 - how many\n// param who: string - an id\n// param ids: string[] - ids\nRETURN 1');
    const params = coerceSavedQueryParams(q, { who: 'USA', ids: '["a","b"]' });
    expect(neo4j.integer.toNumber(params.limit as never)).toBe(10);
    expect(params).toMatchObject({ who: 'USA', ids: ['a', 'b'] });
    expect(() => coerceSavedQueryParams(q, { ids: '[]' })).toThrow(/needs parameter "who" \(string: an id\)/);
    expect(() => coerceSavedQueryParams(q, { who: 'x', ids: '[]', limit: 'ten' })).toThrow(/parameter "limit" of saved query t must be int \(got "ten"\)/);
    expect(() => coerceSavedQueryParams(q, { who: 'x', ids: 'a' })).toThrow(/must be string\[\]/);
    expect(() => coerceSavedQueryParams(q, { who: 'x', ids: '[]', wh0: 'y' })).toThrow(/has no parameter "wh0"; its parameters: limit \(int\), who \(string\), ids \(string\[\]\)/);
  });
});
