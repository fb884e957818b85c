import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.ts';

// Bad number flags fail in the argument parser (before any database is needed): one line,
// no stack, exit 2.
describe('CLI number flags', () => {
  it.each([
    [['cypher', '--limit', '-5', 'RETURN 1'], '--limit must be a positive integer (got "-5")'],
    [['cypher', '--limit', 'abc', 'RETURN 1'], '--limit must be a positive integer (got "abc")'],
    [['query', 'x', '--limit', '1.5'], '--limit must be a positive integer (got "1.5")'],
    [['serve', '--port', '-1'], '--port must be a whole number from 0 to 65535 (got "-1")'],
    [['db', 'start', '--port', '70000'], '--port must be a whole number from 1 to 65535 (got "70000")'],
    [['import', 'gdelt', 'x.csv', '--batch-size', '0'], '--batch-size must be a whole number from 1 to 100000 (got "0")'],
    [['add', 'x.txt', '--min-confidence', '2'], '--min-confidence must be a number from 0 to 1 (got "2")'],
  ])('newsgraph %j', async (args, reason) => {
    const cli = await runCli(args, { env: { NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(cli.code).toBe(2);
    expect(cli.stderr.split('\n')[0]).toBe(`newsgraph: ${reason}`);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
    expect(cli.stdout).toBe('');
  });

  it('an unknown option stays a usage error (exit 1) with the same one-line form', async () => {
    const cli = await runCli(['ingest', '--bogus', 'x']);
    expect(cli.code).toBe(1);
    expect(cli.stderr.split('\n')[0]).toBe("newsgraph: unknown option '--bogus'");
  });
});
