/**
 * Validated model answers on disk, one JSON file per (content hash, model, prompt version),
 * under the state folder (`.newsgraph/llm-cache/`): re-extracting an article costs nothing.
 * A cache that cannot be read or written is skipped, never fatal.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What is kept per chunk: the validated answer and what it cost the first time. */
export interface CachedAnswer {
  answer: unknown;
  tokensIn: number;
  tokensOut: number;
}

/** sha256 over the chunk text, the model and the prompt version. */
export function answerCacheKey(text: string, model: string, promptVersion: string): string {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return createHash('sha256').update(JSON.stringify([contentHash, model, promptVersion])).digest('hex');
}

/** A folder of cached answers. */
export class AnswerCache {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached answer for `key`, or undefined. */
  get(key: string): CachedAnswer | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as CachedAnswer;
    } catch {
      return undefined;
    }
  }

  /** Stores an answer (write to a temporary file, then rename: a reader never sees half a file). */
  set(key: string, value: CachedAnswer): void {
    const file = this.file(key);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(value));
      fs.renameSync(tmp, file);
    } catch {
      // A read-only state folder costs a re-run, nothing else.
    }
  }
}
