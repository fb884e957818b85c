import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Graph } from '../graph/Graph.ts';
import type { CypherRegistry } from '../graph/cypherRegistry.ts';
import { AppError, exitCodeFor, InvalidInputError } from '../errors/AppError.ts';
import { describeSavedQueries } from './describeSavedQueries.ts';
import { coerceSavedQueryParams } from './coerceSavedQueryParams.ts';
import { findSavedQuery, SAVED_QUERY_AREA } from './findSavedQuery.ts';
import { formatValue } from './formatValue.ts';
import { parseParamValue } from './parseParamValue.ts';
import { describeResult, FORMATS, renderResult, type Format } from './renderResult.ts';
import { runConsoleQuery } from './runConsoleQuery.ts';
import { stripCypherLiterals } from './stripCypherLiterals.ts';

/** What `newsgraph shell` needs: the graph, the streams, and the console settings. */
export interface ShellOptions {
  graph: Graph;
  registry: CypherRegistry;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errorOutput: NodeJS.WritableStream;
  /** A terminal: prompts, line editing and history. Piped input gets none of them. */
  interactive: boolean;
  /** Where history is kept between sessions (interactive only). */
  historyFile?: string;
  format?: Format;
  limit?: number;
  timeoutMs: number;
}

const HELP = `Statements end with ";" and may span lines. The shell is read-only: a statement that
writes is refused unless you type :write first (it then applies to the next statement only).
  :param name => value   set a parameter (number, true/false, null, JSON list/map, 'text' or text)
  :params                list the parameters       :params clear   forget them all
  :queries               list the saved queries
  :run name              run a saved query with the parameters set by :param (and its defaults)
  :format table|json|csv change the output format
  :write                 allow writes for the next statement
  :help                  this help                 :exit           leave (also Ctrl-D)
`;

const HISTORY_SIZE = 500;

/**
 * The interactive console: reads statements ended by ";" (multi-line), colon commands and
 * parameters, and runs each statement through runConsoleQuery (so the same read-only rule
 * holds). Returns the exit code: 0, or for piped input the code of the first failure.
 */
export async function runShell(options: ShellOptions): Promise<number> {
  const { output, errorOutput, interactive } = options;
  const params: Record<string, unknown> = {};
  let format: Format = options.format ?? 'table';
  let allowWrite = false;
  let buffer: string[] = [];
  let exitCode = 0;

  const history = interactive ? readHistory(options.historyFile) : [];
  const rl = readline.createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
    history,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  const prompt = () => {
    if (!interactive) return;
    rl.setPrompt(buffer.length ? '      ...> ' : allowWrite ? 'newsgraph(write)> ' : 'newsgraph> ');
    rl.prompt();
  };
  const fail = (error: unknown) => {
    const message = error instanceof AppError ? error.message : ((error as Error)?.stack ?? String(error));
    errorOutput.write(`error: ${message}\n`);
    if (exitCode === 0) exitCode = error instanceof AppError ? exitCodeFor[error.code] : 70;
  };
  rl.on('SIGINT', () => {
    // Ctrl-C drops a half-typed statement; on an empty prompt it leaves, like cypher-shell.
    if (buffer.length) {
      buffer = [];
      output.write('\n');
      prompt();
    } else rl.close();
  });

  const runStatement = async (text: string, statementParams: Record<string, unknown> = params) => {
    const write = allowWrite;
    allowWrite = false;
    try {
      const result = await runConsoleQuery(options.graph, text, { params: statementParams, write, limit: options.limit, timeoutMs: options.timeoutMs });
      output.write(renderResult(result, format));
      output.write(`${describeResult(result)}\n`);
    } catch (error) {
      fail(error);
    }
  };

  // A saved query takes the shell's parameters it declares, and its defaults for the rest.
  const runSaved = async (name: string) => {
    const saved = findSavedQuery(options.registry, name);
    const given = saved.params.filter((p) => p.name in params);
    const rest = coerceSavedQueryParams({ ...saved, params: saved.params.filter((p) => !(p.name in params)) }, {}, {
      howToPass: (n) => `:param ${n} => ...`,
    });
    await runStatement(saved.text, { ...rest, ...Object.fromEntries(given.map((p) => [p.name, params[p.name]])) });
  };

  // Returns false when the shell should stop.
  const runCommand = async (line: string): Promise<boolean> => {
    const [command = '', ...rest] = line.trim().split(/\s+/);
    const arg = line.trim().slice(command.length).trim();
    switch (command) {
      case ':exit':
      case ':quit':
        return false;
      case ':help':
        output.write(HELP);
        break;
      case ':param': {
        const m = /^\$?([A-Za-z_]\w*)\s*(?:=>|:|=)\s*(.*)$/s.exec(arg);
        if (!m) throw new InvalidInputError(':param expects "name => value", e.g. :param id => "USA" or :param limit => 5');
        params[m[1]!] = parseParamValue(m[2]!);
        output.write(`$${m[1]} => ${formatValue(params[m[1]!], true)}\n`);
        break;
      }
      case ':params':
        if (rest[0] === 'clear') {
          for (const key of Object.keys(params)) delete params[key];
          output.write('parameters cleared\n');
        } else if (Object.keys(params).length === 0) output.write('no parameters set (:param name => value)\n');
        else for (const [k, v] of Object.entries(params)) output.write(`$${k} => ${formatValue(v, true)}\n`);
        break;
      case ':queries':
        output.write(describeSavedQueries(options.registry.area(SAVED_QUERY_AREA)));
        break;
      case ':format':
        if (!(FORMATS as readonly string[]).includes(arg)) throw new InvalidInputError(`:format expects one of ${FORMATS.join(', ')} (got "${arg}")`);
        format = arg as Format;
        break;
      case ':run':
        if (!arg) throw new InvalidInputError(':run expects a saved query name; :queries lists them');
        await runSaved(arg);
        break;
      case ':write':
        allowWrite = true;
        output.write('writes allowed for the next statement\n');
        break;
      default:
        throw new InvalidInputError(`unknown command ${command}; :help lists the commands`);
    }
    return true;
  };

  if (interactive) output.write(`newsgraph shell on ${options.graph.uri}: statements end with ";", :help for help, :exit to leave\n`);
  prompt();
  for await (const line of rl) {
    if (buffer.length === 0 && line.trim().startsWith(':')) {
      let go = true;
      try {
        go = await runCommand(line);
      } catch (error) {
        fail(error);
      }
      if (!go) break;
    } else if (buffer.length > 0 || line.trim() !== '') {
      buffer.push(line);
      if (endsStatement(buffer.join('\n'))) {
        const text = buffer.join('\n');
        buffer = [];
        await runStatement(text);
      }
    }
    prompt();
  }
  rl.close();
  // Piped input may end without a final ";": the last statement still runs.
  if (buffer.join('').trim()) await runStatement(buffer.join('\n'));
  if (interactive) saveHistory(options.historyFile, (rl as unknown as { history: string[] }).history ?? history);
  return interactive ? 0 : exitCode;
}

// A statement ends at a ";" that is outside quotes and comments.
function endsStatement(text: string): boolean {
  return /;\s*$/.test(stripCypherLiterals(text));
}

function readHistory(file: string | undefined): string[] {
  if (!file || !fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
}

function saveHistory(file: string | undefined, history: string[]): void {
  if (!file) return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${[...history].reverse().join('\n')}\n`);
  } catch {
    // History is a convenience; a read-only folder must not break leaving the shell.
  }
}

