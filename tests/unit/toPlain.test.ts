import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain, toPlainInPlace } from '../../src/graph/toPlain.ts';

/** A decoded record as neo4j-driver hands it over: plain maps and lists holding driver Integers. */
function record() {
  return { id: 'f1', sourceCount: neo4j.int(3), big: neo4j.int('9007199254740993'), ok: true, none: null, edges: [{ n: neo4j.int(1), tags: ['a', neo4j.int(2)] }], date: new neo4j.types.Date(2025, 1, 2) };
}
const PLAIN = { id: 'f1', sourceCount: 3, big: '9007199254740993', ok: true, none: null, edges: [{ n: 1, tags: ['a', 2] }], date: '2025-01-02' };

describe('toPlain', () => {
  it('turns driver values nested in maps and lists into JSON-safe data, leaving the input as it was', () => {
    const input = record();
    expect(toPlain(input)).toEqual(PLAIN);
    expect(neo4j.isInt(input.sourceCount)).toBe(true);
    expect(neo4j.isInt(input.edges[0]!.n)).toBe(true);
  });

  it('converts an owned record in place (the same objects, no copy) to the same data', () => {
    const input = record();
    const out = toPlainInPlace(input) as typeof PLAIN;
    expect(out).toEqual(PLAIN);
    expect(out).toBe(input);
    expect(out.edges[0]).toBe(input.edges[0]);
  });

  it('keeps nodes as {elementId, labels, properties} and undefined as null', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'USA', rank: neo4j.int(4) }, 'e1');
    expect(toPlainInPlace({ n: node, u: undefined })).toEqual({ n: { elementId: 'e1', labels: ['Entity'], properties: { id: 'USA', rank: 4 } }, u: null });
  });

  it('turns Integers into numbers up to 2^53 - 1 either way and into decimal strings beyond', () => {
    const cases = ['0', '-1', '4294967296', '-4294967297', '9007199254740991', '-9007199254740991', '9007199254740992', '-9007199254740992', '9223372036854775807', '-9223372036854775808'];
    expect(cases.map((v) => toPlain(neo4j.int(v)))).toEqual([0, -1, 4294967296, -4294967297, 9007199254740991, -9007199254740991, '9007199254740992', '-9007199254740992', '9223372036854775807', '-9223372036854775808']);
  });
});
