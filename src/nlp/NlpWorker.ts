/**
 * The client side of src/nlp/worker.py: one long-lived Python process that keeps spaCy's
 * model loaded and parses texts sent as JSON lines. Requests are answered in order; a worker
 * that dies fails every pending and later request with the reason (its exit and stderr).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../errors/AppError.ts';
import { toParse, type Parse } from './parseTypes.ts';

const WORKER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.py');

interface Pending {
  text: string;
  resolve(parse: Parse): void;
  reject(error: Error): void;
}

/** What the worker said when it became ready. */
export interface WorkerInfo {
  spacy: string;
  model: string;
  pipeline: string[];
}

/** A running NLP worker process. */
export class NlpWorker {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: Error | undefined;
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly info: WorkerInfo,
  ) {}

  /** Starts `python worker.py model` and waits until the model is loaded. */
  static async start(python: string, model: string, options: { script?: string; readyTimeoutMs?: number } = {}): Promise<NlpWorker> {
    const script = options.script ?? WORKER_SCRIPT;
    const child = spawn(python, ['-u', script, model], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const onErr = (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    };
    child.stderr.on('data', onErr);
    const lines = readline.createInterface({ input: child.stdout });
    const fix = `check NEWSGRAPH_NLP_MODEL, or delete ${path.dirname(path.dirname(python))} so the next run reinstalls the NLP runtime`;
    const info = await new Promise<WorkerInfo>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new EnvironmentError(`NLP worker: ${python} did not load the model ${model} within ${options.readyTimeoutMs ?? 60_000} ms; ${fix}`));
      }, options.readyTimeoutMs ?? 60_000);
      const fail = (what: string) => {
        clearTimeout(timer);
        reject(new EnvironmentError(`NLP worker: ${what}; ${fix}`, { python, model }));
      };
      child.once('error', (e) => fail(`cannot run ${python} (${(e as NodeJS.ErrnoException).code ?? e.message})`));
      child.once('exit', (code, signal) => fail(`${python} exited (${signal ?? `code ${code}`}) before it was ready${lastLine(stderr) ? `: ${lastLine(stderr)}` : ''}`));
      lines.once('line', (line) => {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        let msg: { ready?: boolean; fatal?: string } & Partial<WorkerInfo>;
        try {
          msg = JSON.parse(line);
        } catch {
          return fail(`unexpected first line from the worker: ${line.slice(0, 200)}`);
        }
        if (msg.fatal) return fail(`spaCy or the model ${model} failed to load (${msg.fatal})`);
        if (!msg.ready) return fail(`unexpected first line from the worker: ${line.slice(0, 200)}`);
        resolve({ spacy: msg.spacy ?? '?', model: msg.model ?? model, pipeline: msg.pipeline ?? [] });
      });
    });
    const worker = new NlpWorker(child, info);
    worker.stderr = stderr;
    child.stderr.off('data', onErr);
    child.stderr.on('data', (chunk: string) => {
      worker.stderr = (worker.stderr + chunk).slice(-4000);
    });
    lines.on('line', (line) => worker.onLine(line));
    child.on('exit', (code, signal) => worker.onExit(code, signal));
    child.on('error', (e) => worker.onExit(null, null, e));
    child.stdin.on('error', () => {}); // EPIPE after a crash: reported through 'exit'
    return worker;
  }

  /** Process id (tests use it to simulate a crash). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Parses one text. */
  parse(text: string): Promise<Parse> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<Parse>((resolve, reject) => {
      this.pending.set(id, { text, resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ id, text })}\n`);
    });
  }

  /** Stops the process; pending requests fail. Idempotent. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.dead ??= new EnvironmentError('NLP worker: closed');
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }

  private onLine(line: string): void {
    let msg: { id?: number; error?: string; sentences?: Array<[number, number]>; tokens?: never[] };
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
    if (!p) return;
    this.pending.delete(msg.id!);
    if (msg.error || !msg.tokens || !msg.sentences) p.reject(new EnvironmentError(`NLP worker could not parse the text: ${msg.error ?? 'no parse in the answer'}`));
    else p.resolve(toParse(p.text, { sentences: msg.sentences, tokens: msg.tokens }));
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null, error?: Error): void {
    const how = error ? error.message : signal ? `killed by ${signal}` : `exit code ${code}`;
    const detail = lastLine(this.stderr);
    this.dead ??= new EnvironmentError(`NLP worker stopped (${how})${detail ? `: ${detail}` : ''}; the article was not extracted`);
    for (const p of this.pending.values()) p.reject(this.dead);
    this.pending.clear();
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop()?.trim().slice(0, 300) ?? '';
}
