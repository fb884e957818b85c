import type { EntityRegistry } from '../model/entityRegistry.ts';
import { checkFactFile } from './checkFactFile.ts';
import { factFileSchema, type FactFile } from './factFileSchema.ts';
import { invalidFactFile } from './invalidFactFile.ts';
import { parseYamlSource, type YamlSource } from './parseYamlSource.ts';

export interface ParseFactFileOptions {
  /** Name used in error messages (the path as the user gave it). */
  file: string;
  /** The article text; when given, every evidence quote must occur in it. */
  articleText?: string;
  /** When given, every fact reference must be a file entity or a registry entity. */
  registry?: EntityRegistry;
}

/**
 * Parses and validates one fact file (YAML or JSON). Throws InvalidInputError listing every
 * problem as `<file>:<line>: <field path>: <what is wrong>`.
 */
export function parseFactFile(yamlOrJsonText: string, options: ParseFactFileOptions): FactFile {
  return factFileFromSource(parseYamlSource(yamlOrJsonText, options.file), options);
}

/** Validates an already parsed YAML source (loadFactFile parses once to find `article.text`). */
export function factFileFromSource(source: YamlSource, options: ParseFactFileOptions): FactFile {
  const parsed = factFileSchema.safeParse(source.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      // An unknown key is reported on its parent object; point at the key itself.
      const keys = (issue as { keys?: string[] }).keys;
      const path = keys?.length ? [...issue.path, keys[0]!] : issue.path;
      return { path, message: issue.message };
    });
    throw invalidFactFile(options.file, issues, source.lineOf);
  }
  const issues = checkFactFile(parsed.data, options);
  if (issues.length) throw invalidFactFile(options.file, issues, source.lineOf);
  return parsed.data;
}
