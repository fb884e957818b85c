import fs from 'node:fs/promises';
import path from 'node:path';
import { InvalidInputError } from '../errors/AppError.ts';
import { FACT_FILE_LIMITS } from './factFileLimits.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { defaultEntityRegistry } from './loadEntityRegistry.ts';
import type { FactFile } from './factFileSchema.ts';
import { factFileFromSource } from './parseFactFile.ts';
import { parseYamlSource } from './parseYamlSource.ts';

/**
 * Reads a fact file and the article text it names (`article.text`, relative to the file),
 * then validates it (as parseFactFile does) against the entity registry (the project's by default).
 */
export async function loadFactFile(filePath: string, options: { registry?: EntityRegistry } = {}): Promise<FactFile> {
  const text = await readText(filePath, 'fact file');
  const source = parseYamlSource(text, filePath);
  const textRef = (source.data as { article?: { text?: unknown } } | null)?.article?.text;
  let articleText: string | undefined;
  if (typeof textRef === 'string' && textRef.trim()) {
    const textPath = path.resolve(path.dirname(filePath), textRef.trim());
    try {
      articleText = await fs.readFile(textPath, 'utf8');
    } catch (error) {
      const line = source.lineOf(['article', 'text']);
      throw new InvalidInputError(`${filePath}:${line}: article.text: cannot read the article text ${textPath} (${reason(error)})`, {
        file: filePath,
        line,
        path: 'article.text',
      });
    }
  }
  return factFileFromSource(source, { file: filePath, articleText, registry: options.registry ?? defaultEntityRegistry() });
}

async function readText(filePath: string, what: string): Promise<string> {
  try {
    // A file over the cap is refused before it is read into memory.
    const { size } = await fs.stat(filePath);
    if (size > FACT_FILE_LIMITS.fileBytes) {
      throw new InvalidInputError(`${filePath}: the ${what} is ${size} bytes; the limit is ${FACT_FILE_LIMITS.fileBytes} (${FACT_FILE_LIMITS.fileBytes / 1024 / 1024} MiB)`, {
        file: filePath,
        limit: 'fileBytes',
      });
    }
    return await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`${filePath}: cannot read the ${what} (${reason(error)})`, { file: filePath });
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error)?.message ?? String(error);
}
