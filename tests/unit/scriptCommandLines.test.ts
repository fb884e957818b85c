import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runScript = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, file), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const runEval = (...args: string[]) => runScript('eval/runEval.ts', ...args);

// Only the command line: scoring runs the NLP worker and is covered by the eval itself.
describe('npm run eval:extract command line', () => {
  it('--help explains every option and exits 0 without running an extractor', () => {
    const result = runEval('--help');
    expect(result.status).toBe(0);
    for (const option of ['--extractor', '--registry', '--json', '--quiet', '--dev-set']) expect(result.stdout).toContain(option);
  });

  it('an unknown option names it, prints the usage and exits 1', () => {
    const result = runEval('--extractr', 'nlp');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--extractr'");
    expect(result.stderr).toContain('Usage: npm run eval:extract');
  });

  it('an unknown extractor names the choices and exits 1', () => {
    const result = runEval('--extractor', 'magic');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--extractor must be one of rules, nlp');
    expect(result.stderr).toContain('"magic"');
  });
});

// The benchmarks: --help must answer before anything starts (no Neo4j, no browser, no worker).
const benchmarks = [
  ['bench/run.ts', 'npm run bench', '--load-minutes'],
  ['bench/ingest.ts', 'npm run bench:ingest', '--gdelt-rows'],
  ['bench/extract.ts', 'npm run bench:extract', '--articles'],
  ['bench/explorer.ts', 'npm run bench:explorer', '--nodes'],
  ['bench/fixedCost.ts', 'npm run bench:fixed', '--runs'],
] as const;

describe.each(benchmarks)('%s command line', (file, command, option) => {
  it('--help prints the usage with its options and exits 0', () => {
    const result = runScript(file, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: ${command}`);
    expect(result.stdout).toContain(option);
  });

  it('an unknown option is named, with the usage, exit 1', () => {
    const result = runScript(file, '--no-such-option');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--no-such-option'");
    expect(result.stderr).toContain(`Usage: ${command}`);
  });
});
