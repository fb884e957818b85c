import path from 'node:path';
import type { Graph } from '../graph/Graph.ts';
import { loadEntityRegistry } from './loadEntityRegistry.ts';
import { findFactFiles } from './findFactFiles.ts';
import { ingestArticle, type IngestSummary } from './ingestArticle.ts';
import { loadFactFile } from './loadFactFile.ts';

/** Ingests every fact file in `<rootDir>/seeds/` (resolved against its entities.yaml), one transaction each. */
export async function loadSeeds(graph: Graph, rootDir: string): Promise<IngestSummary[]> {
  const registry = loadEntityRegistry(rootDir);
  const summaries: IngestSummary[] = [];
  for (const file of findFactFiles([path.join(rootDir, 'seeds')]).files) {
    const factFile = await loadFactFile(file, { registry });
    summaries.push(await ingestArticle(graph, factFile, { registry, source: file }));
  }
  return summaries;
}
