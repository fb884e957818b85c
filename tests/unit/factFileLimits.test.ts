import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/AppError.ts';
import { FACT_FILE_LIMITS } from '../../src/ingest/factFileLimits.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { parseFactFile } from '../../src/ingest/parseFactFile.ts';

/** A small valid fact file with `patch` applied to its one entity and one fact. */
function factFile(patch: { name?: string; aliases?: string[]; evidence?: string; facts?: number; title?: string } = {}): string {
  const facts = Array.from({ length: patch.facts ?? 1 }, (_, i) => ({
    subject: 'ruritania',
    relation: 'CRITICIZED',
    object: `target-${i}`,
    evidence: patch.evidence ?? 'Ruritania criticized it',
  }));
  const entities = [
    { id: 'ruritania', type: 'Country', name: patch.name ?? 'Ruritania', aliases: patch.aliases ?? ['Strelsau'] },
    ...facts.map((f) => ({ id: f.object, type: 'Country', name: f.object })),
  ];
  return JSON.stringify({ article: { id: 'caps', title: patch.title ?? 'Caps' }, entities, facts });
}

function parseError(text: string, file = 'caps.facts.json'): InvalidInputError {
  try {
    parseFactFile(text, { file });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected the fact file to be refused');
}

describe('fact file caps', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-caps-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('accepts a file within every cap', () => {
    expect(parseFactFile(factFile(), { file: 'ok.facts.json' }).facts).toHaveLength(1);
  });

  it.each([
    ['an entity name of 1 MB', { name: 'N'.repeat(1024 * 1024) }, /entities\[0\]\.name: entity name is 1048576 characters; the limit is 300/],
    ['an alias of 1 MB', { aliases: ['A'.repeat(1024 * 1024)] }, /entities\[0\]\.aliases\[0\]: alias is 1048576 characters; the limit is 300/],
    ['101 aliases', { aliases: Array.from({ length: 101 }, (_, i) => `alias ${i}`) }, /entities\[0\]\.aliases: 101 aliases; the limit is 100/],
    ['an evidence quote of 2001 characters', { evidence: 'E'.repeat(2001) }, /facts\[0\]\.evidence: evidence quote is 2001 characters; the limit is 2000/],
    ['a title of 301 characters', { title: 'T'.repeat(301) }, /article\.title: article\.title is 301 characters; the limit is 300/],
    ['2001 facts', { facts: 2001 }, /facts: 2001 facts; the limit is 2000/],
  ])('refuses %s, naming the file and the field', (_what, patch, message) => {
    const error = parseError(factFile(patch));
    expect(error.message).toMatch(/^caps\.facts\.json:\d+: /);
    expect(error.message).toMatch(message);
    // The message never echoes the oversized value.
    expect(error.message.length).toBeLessThan(5000);
  });

  it('refuses a fact file over the size cap before reading it, naming the file', async () => {
    const big = path.join(tmp, 'big.facts.yaml');
    fs.writeFileSync(big, `# ${'x'.repeat(FACT_FILE_LIMITS.fileBytes)}\n`);
    await expect(loadFactFile(big)).rejects.toThrow(new RegExp(`^${big.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the fact file is \\d+ bytes; the limit is 2097152 \\(2 MiB\\)$`));
    expect(() => parseFactFile(fs.readFileSync(big, 'utf8'), { file: 'api-input' })).toThrow(/^api-input: the fact file is \d+ bytes; the limit is 2097152/);
  });

  it('reads YAML with an alias limit: a "billion laughs" file is that file\'s bad input, not a crash', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `${lines.join('\n')}\narticle: *i\n`;
    const error = parseError(bomb, 'bomb.facts.yaml');
    expect(error.message).toBe(`bomb.facts.yaml: invalid YAML: aliases expand to too many nodes (limit ${FACT_FILE_LIMITS.yamlAliases}; a YAML "billion laughs" file?)`);
    expect(error.details).toMatchObject({ file: 'bomb.facts.yaml', limit: 'yamlAliases' });
  });

  it('still allows a few ordinary aliases', () => {
    const yaml = ['article: { id: aliased, title: Aliased }', 'entities:', '  - { id: ruritania, type: Country, name: Ruritania, aliases: &names [Strelsau] }', '  - { id: zenda, type: Country, name: Zenda, aliases: *names }', 'facts: []'].join('\n');
    expect(parseFactFile(yaml, { file: 'aliased.facts.yaml' }).entities[1]!.aliases).toEqual(['Strelsau']);
  });
});
