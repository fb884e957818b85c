/**
 * Loads generated fact files through newsgraph's own write path (ingestArticles: validation,
 * entity resolution inside the write, many articles per transaction). The benchmark builds its
 * large graphs with it and measures it against the floor (floorLoader.ts).
 */
import type { Graph } from '../src/graph/Graph.ts';
import { checkFactFile } from '../src/ingest/checkFactFile.ts';
import { factFileSchema, type FactFile, type FactFileInput } from '../src/ingest/factFileSchema.ts';
import { ingestArticles } from '../src/ingest/ingestArticles.ts';
import { defaultEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';

/** Validates generated fact files as ingest does (schema, vocabulary, references). */
export function validateFactFiles(files: Iterable<FactFileInput>): FactFile[] {
  const out: FactFile[] = [];
  for (const input of files) {
    const file = factFileSchema.parse(input);
    const issues = checkFactFile(file);
    if (issues.length) throw new Error(`${file.article.id}: ${issues[0]!.message}`);
    out.push(file);
  }
  return out;
}

/** Ingests fact files `perTransaction` articles at a time; returns the number of facts in them. */
export async function loadCorpusBulk(graph: Graph, files: Iterable<FactFileInput | FactFile>, perTransaction = 100): Promise<number> {
  const valid = validateFactFiles(files as Iterable<FactFileInput>);
  const outcomes = await ingestArticles(graph, valid.map((file) => ({ file, source: file.article.id })), { registry: defaultEntityRegistry(), batchArticles: perTransaction });
  const failed = outcomes.find((o) => 'error' in o);
  if (failed && 'error' in failed) throw failed.error;
  return valid.reduce((n, f) => n + f.facts.length, 0);
}
