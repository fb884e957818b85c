import fs from 'node:fs';
import { Command, Option } from 'commander';
import { InvalidInputError } from '../../errors/AppError.ts';
import { intOption, runCommand } from '../runCommand.ts';

/** Collects a repeatable flag into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `newsgraph cypher "<query>"`: one ad-hoc statement, read-only unless --write. */
export default function cypherCommand(): Command {
  return new Command('cypher')
    .description('run one Cypher statement (argument, -f file or stdin); read-only unless --write')
    .argument('[query]', 'the Cypher statement')
    .option('-f, --file <path>', 'read the statement from a file')
    .option('-p, --param <name=value>', 'a parameter: number, true/false, null, JSON list/map, or text (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--limit <n>', 'row cap (default 1000); a notice says when rows were cut', intOption('--limit', 1))
    .option('--timeout <duration>', 'transaction time limit, e.g. 500ms, 5s (default NEWSGRAPH_QUERY_TIMEOUT_MS)')
    .option('--write', 'allow statements that write (data, schema, LOAD CSV)')
    .addHelpText(
      'after',
      '\nExamples:\n  newsgraph cypher "MATCH (p:Person) RETURN p.name LIMIT 5"\n  newsgraph cypher -p id=USA "MATCH (e:Entity {id: $id})-[r]-(o:Entity) RETURN type(r), o.name"\n  echo "MATCH (n) RETURN count(n)" | newsgraph cypher --format json',
    )
    .action(
      runCommand(async (query: string | undefined, opts: { file?: string; param: string[]; format: 'table' | 'json' | 'csv'; limit?: number; timeout?: string; write?: boolean }) => {
        const [{ withGraph }, { parseParamFlags }, { parseParamValue }, { parseDuration }, { runConsoleQuery }, { renderResult, describeResult }] =
          await Promise.all([
            import('../connect.ts'),
            import('../../console/parseParamFlags.ts'),
            import('../../console/parseParamValue.ts'),
            import('../../console/parseDuration.ts'),
            import('../../console/runConsoleQuery.ts'),
            import('../../console/renderResult.ts'),
          ]);
        const text = readStatement(query, opts.file);
        const params = Object.fromEntries(Object.entries(parseParamFlags(opts.param)).map(([k, v]) => [k, parseParamValue(v)]));
        const timeout = opts.timeout === undefined ? undefined : parseDuration('--timeout', opts.timeout);
        await withGraph(async (graph, config) => {
          const result = await runConsoleQuery(graph, text, { params, write: opts.write, limit: opts.limit, timeoutMs: timeout ?? config.queryTimeoutMs });
          process.stdout.write(renderResult(result, opts.format));
          process.stderr.write(`${describeResult(result)}\n`);
        });
      }),
    );
}

function readStatement(query: string | undefined, file: string | undefined): string {
  if (query !== undefined && file !== undefined) throw new InvalidInputError('give the statement either as an argument or with -f, not both');
  if (file !== undefined) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new InvalidInputError(`cannot read -f ${file}: ${(error as Error).message}`);
    }
  }
  if (query !== undefined) return query;
  if (process.stdin.isTTY) throw new InvalidInputError('no statement: pass it as an argument, with -f file.cypher, or on stdin');
  return fs.readFileSync(0, 'utf8');
}
