import { describe, expect, it } from 'vitest';
import { answerJsonSchema, answerSchema } from '../../src/extract/llm/answerSchema.ts';
import { retryAfterMs, displayUrl } from '../../src/extract/llm/chatCompletion.ts';
import { RELATIONS } from '../../src/model/vocabulary.ts';

type Node = Record<string, unknown>;
function objects(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => objects(n, out));
  else if (node && typeof node === 'object') {
    if ((node as Node).type === 'object') out.push(node as Node);
    Object.values(node).forEach((v) => objects(v, out));
  }
  return out;
}

describe('the answer JSON Schema (from src/model)', () => {
  const schema = answerJsonSchema();

  it('fits strict structured output: every object closed, every property required, no unsupported keywords', () => {
    const all = objects(schema);
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const o of all) {
      expect(o.additionalProperties).toBe(false);
      expect(o.required).toEqual(Object.keys(o.properties as Node));
    }
    expect(JSON.stringify(schema)).not.toMatch(/"(default|minLength|\$schema)"/);
    expect(JSON.stringify(schema).length).toBeLessThan(10_000);
  });

  it('lists every relation type with its description and subject / object rules', () => {
    const relation = ((((schema.properties as Node).facts as Node).items as Node).properties as Node).relation as { anyOf: Array<{ const: string; description: string }> };
    expect(relation.anyOf.map((r) => r.const)).toEqual(RELATIONS.map((r) => r.type));
    expect(relation.anyOf[0]!.description).toBe('holds an office in a state or organisation; subject: Person; object: Country | Organization');
  });

  it('validation is lenient where json_object models are sloppy: missing kind, date and properties are null', () => {
    const parsed = answerSchema.parse({ facts: [{ subject: { name: 'EU', type: 'Organization' }, relation: 'SANCTIONED', object: { name: 'Russia', type: 'Country' }, evidence: 'x', extra: 1 }] });
    expect(parsed.facts[0]).toMatchObject({ status: 'asserted', date: null, subject: { kind: null }, properties: { measure: null } });
  });
});

describe('chat request helpers', () => {
  it('Retry-After in seconds or as an HTTP date, capped at a minute', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000 + 3000).toUTCString(), 10_000)).toBe(3000);
    expect(retryAfterMs('3600')).toBe(60_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('addresses in messages carry no credentials or query', () => {
    expect(displayUrl('https://user:secret@api.example.com/v1/?key=abc')).toBe('https://api.example.com/v1');
  });
});
