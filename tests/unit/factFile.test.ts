import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { parseFactFile } from '../../src/ingest/parseFactFile.ts';
import { InvalidInputError } from '../../src/errors/AppError.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { defaultEntityRegistry } from '../../src/ingest/loadEntityRegistry.ts';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'tests', 'fixtures', 'facts', name);

/** The InvalidInputError loading `file` throws (fails the test when it loads). */
async function loadError(file: string): Promise<InvalidInputError> {
  const error = await loadFactFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

describe('fact files', () => {
  it('loads the seed file with all 25 facts, each quote found in the article text', async () => {
    const file = await loadFactFile(path.join(PROJECT_ROOT, 'seeds', 'petro-suspends-intelligence-sharing.facts.yaml'));
    expect(file.article.id).toBe('antiwar-2025-10-petro-suspends-intelligence-sharing');
    expect(file.facts).toHaveLength(25);
    expect(file.facts.find((f) => f.relation === 'SANCTIONED')).toMatchObject({ subject: 'trump-administration', object: 'gustavo-petro' });
  });

  it('fills defaults: confidence 1, status asserted, language en, no properties', async () => {
    const file = await loadFactFile(fixture('alpha.facts.yaml'));
    expect(file.article.language).toBe('en');
    expect(file.facts[0]).toMatchObject({ confidence: 1, status: 'asserted', properties: {} });
  });

  it('accepts JSON as well as YAML, and a bare year as a date', () => {
    const json = JSON.stringify({
      article: { id: 'j1', title: 'J', publishedAt: 2024 },
      facts: [{ subject: 'USA', relation: 'ALLY_OF', object: 'COL', evidence: 'allies', date: 2022 }],
    });
    const file = parseFactFile(json, { file: 'j1.json', registry: defaultEntityRegistry() });
    expect(file.article.publishedAt).toBe('2024');
    expect(file.facts[0]!.date).toBe('2022');
  });

  // One case per bad-input class of the issue: the message names file, line and field path.
  it.each([
    ['invalid-yaml.facts.yaml', /invalid-yaml\.facts\.yaml:\d+:\d+: invalid YAML: Missing closing "quote/],
    ['unknown-relation.facts.yaml', /unknown-relation\.facts\.yaml:17: facts\[0\]\.relation: unknown relation "SANCTIONS"/],
    ['unknown-entity-type.facts.yaml', /unknown-entity-type\.facts\.yaml:13: entities\[2\]\.type: unknown entity type "Human" \(expected one of Person, Country/],
    ['wrong-subject-type.facts.yaml', /wrong-subject-type\.facts\.yaml:16: facts\[0\]\.subject: HOLDS_OFFICE does not allow a Country as its subject/],
    ['dangling-reference.facts.yaml', /dangling-reference\.facts\.yaml:18: facts\[0\]\.object: dangling reference "grand-fenwick"/],
    ['missing-evidence.facts.yaml', /missing-evidence\.facts\.yaml:16: facts\[0\]\.evidence: missing evidence quote \(required\)/],
    ['quote-not-in-text.facts.yaml', /quote-not-in-text\.facts\.yaml:19: facts\[0\]\.evidence: evidence quote not found in the article text: "Ruritania invaded Freedonia"/],
    ['malformed-date.facts.yaml', /malformed-date\.facts\.yaml:19: facts\[0\]\.date: malformed date "2025-02-30"/],
    ['unreadable-text.facts.yaml', /unreadable-text\.facts\.yaml:4: article\.text: cannot read the article text .*missing-article\.txt \(no such file\)/],
  ])('%s is rejected with file, line and field path', async (name, expected) => {
    const error = await loadError(fixture(`bad/${name}`));
    expect(error.message).toMatch(expected);
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an unreadable fact file', async () => {
    const error = await loadError(fixture('bad/does-not-exist.facts.yaml'));
    expect(error.message).toMatch(/does-not-exist\.facts\.yaml: cannot read the fact file \(no such file\)/);
  });

  it('lists every problem, not only the first, and rejects unknown fields and properties', () => {
    const text = [
      'article: { id: x, title: X, colour: red }',
      'facts:',
      '  - { subject: USA, relation: ALLY_OF, object: COL, evidence: e, properties: { casualties: 3 } }',
      '  - { subject: USA, relation: SANCTIONED, object: COL, evidence: e, confidence: 2 }',
    ].join('\n');
    const error = (() => {
      try {
        parseFactFile(text, { file: 'many.yaml', registry: defaultEntityRegistry() });
      } catch (e) {
        return e as InvalidInputError;
      }
    })();
    expect(error?.message).toMatch(/many\.yaml:1: article\.colour: Unrecognized key/);
    expect(error?.message).toMatch(/many\.yaml:4: facts\[1\]\.confidence: confidence must be from 0 to 1/);
    // vocabulary checks run once the shape is valid
    const props = () => parseFactFile(text.replace(', colour: red', '').replace(', confidence: 2', ''), { file: 'p.yaml', registry: defaultEntityRegistry() });
    expect(props).toThrow(/p\.yaml:3: facts\[0\]\.properties\.casualties: ALLY_OF has no property "casualties" \(allowed: designation\)/);
  });

  it('accepts typographic variants of a quote (straight for curly quotes) but not other words', () => {
    const text = 'He said: “major non-NATO ally” in 2022.';
    const file = (evidence: string) =>
      `article: { id: q, title: Q }\nfacts:\n  - { subject: USA, relation: ALLY_OF, object: COL, evidence: '${evidence}' }\n`;
    expect(() => parseFactFile(file('"major non-NATO ally" in 2022'), { file: 'q.yaml', articleText: text })).not.toThrow();
    expect(() => parseFactFile(file('"major NATO ally" in 2022'), { file: 'q.yaml', articleText: text })).toThrow(/evidence quote not found/);
  });
});
