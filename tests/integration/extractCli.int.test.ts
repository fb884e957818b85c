import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFactFile } from '../../src/ingest/parseFactFile.ts';
import { loadEntityRegistry } from '../../src/ingest/loadEntityRegistry.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { runCli } from '../support/runCli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-extract-'));
const SEED = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'petro-suspends-intelligence-sharing.txt');
const SANCTIONS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'eu-sanctions-shadow-fleet.txt');
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('newsgraph extract', () => {
  it('writes a draft that passes the ingest validation (parseFactFile with the article text and the registry)', async () => {
    const out = path.join(dir, 'seed.facts.yaml');
    const r = await runCli(['extract', SEED, '-o', out, '--publisher', 'Antiwar.com', '--published', '2025-10']);
    expect(r.stderr).toMatch(/wrote .*seed\.facts\.yaml: \d+ facts/);
    expect(r.code).toBe(0);
    const yaml = fs.readFileSync(out, 'utf8');
    const factFile = parseFactFile(yaml, { file: out, articleText: fs.readFileSync(SEED, 'utf8'), registry: loadEntityRegistry(PROJECT_ROOT) });
    expect(factFile.article).toMatchObject({ publisher: 'Antiwar.com', publishedAt: '2025-10' });
    expect(factFile.facts.length).toBeGreaterThanOrEqual(20);
    const triples = factFile.facts.map((f) => `${f.subject} ${f.relation} ${f.object}`);
    expect(triples).toEqual(expect.arrayContaining(['trump-administration SANCTIONED gustavo-petro', 'gustavo-petro HOLDS_OFFICE COL']));
    for (const f of factFile.facts) expect(f.extractor?.name).toBe('newsgraph-rules');
    // article.text is relative to the draft, so `ingest` can check every quote.
    expect(path.resolve(dir, factFile.article.text!)).toBe(SEED);
  });

  it('refuses an unknown --extractor, naming the choices', async () => {
    const r = await runCli(['extract', SEED, '--extractor', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsgraph: --extractor 'bogus' is invalid\. Allowed choices are rules/);
  });

  it('reads front matter, shifts offsets past it, and prints JSON with --json', async () => {
    const r = await runCli(['extract', SANCTIONS, '--json']);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout);
    expect(file.article).toMatchObject({ title: "EU and Britain Target Russia's Shadow Fleet in New Sanctions Round", publishedAt: '2025-05-20' });
    const text = fs.readFileSync(SANCTIONS, 'utf8');
    for (const f of file.facts) expect(text.slice(f.offsets[0], f.offsets[1])).toBe(f.evidence);
    // Flags win over the front matter.
    const r2 = await runCli(['extract', SANCTIONS, '--title', 'Other title']);
    expect(parse(r2.stdout).article.title).toBe('Other title');
  });

  it('gives a draft with zero facts and a notice (exit 0) when nothing is recognisable', async () => {
    const r = await runCli(['extract', write('plain.txt', 'The weather was pleasant and the market was busy.\n')]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).facts).toEqual([]);
    expect(r.stderr).toMatch(/notice: no recognisable facts/);
  });

  const bad: Array<[string, () => string[], RegExp]> = [
    ['an empty file', () => [write('empty.txt', '  \n\n')], /empty\.txt: the article is empty/],
    ['a binary file', () => [write('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))], /bin\.txt: this looks like a binary file/],
    ['non-UTF-8 text', () => [write('latin1.txt', Buffer.from('Bogot\xe1 said no.', 'latin1'))], /latin1\.txt: not valid UTF-8 text/],
    ['a huge file', () => [write('huge.txt', 'France sanctioned Iran. '.repeat(50_000))], /huge\.txt: the article is 1200000 bytes; the limit is 1048576 bytes/],
    ['unclosed front matter', () => [write('fm1.txt', '---\ntitle: A\nFrance sanctioned Iran.\n')], /fm1\.txt:1: front matter: .*no closing "---"/],
    ['an unknown front-matter key', () => [write('fm2.txt', '---\ntitle: A\nsource: x\n---\nFrance sanctioned Iran.\n')], /fm2\.txt:3: front matter: unknown key "source"/],
    ['a malformed front-matter date', () => [write('fm3.txt', '---\npublished: 2025-02-30\n---\nFrance sanctioned Iran.\n')], /fm3\.txt:2: front matter: published: malformed date "2025-02-30"/],
    ['a malformed --published', () => [write('ok.txt', 'France sanctioned Iran.\n'), '--published', '2025-13'], /--published: malformed date "2025-13"/],
    ['a malformed --url', () => [write('ok2.txt', 'France sanctioned Iran.\n'), '--url', 'not a url'], /--url: "not a url" is not an http\(s\) URL/],
    ['a missing file', () => [path.join(dir, 'nope.txt')], /nope\.txt: cannot read the article \(no such file\)/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} with a clear message and exit 2`, async () => {
      const out = path.join(dir, `out-${what.replace(/\W+/g, '-')}.yaml`);
      const r = await runCli(['extract', ...args(), '-o', out]);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(fs.existsSync(out)).toBe(false);
    });
  }

  it('refuses a bad --min-confidence as a usage error', async () => {
    const r = await runCli(['extract', SEED, '--min-confidence', '2']);
    expect(r.stderr).toMatch(/--min-confidence must be a number from 0 to 1/);
    expect(r.code).not.toBe(0);
  });
});
