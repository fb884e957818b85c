import type { Graph } from '../../src/graph/Graph.ts';
import { loadSeeds } from '../../src/ingest/loadSeeds.ts';
import { resetGraph, testConfig } from './testGraph.ts';

/** Empties the test graph and loads the seeds: for integration tests that need the seed graph. */
export async function seedGraph(graph: Graph): Promise<void> {
  const { rootDir } = testConfig();
  await resetGraph(graph, rootDir);
  await loadSeeds(graph, rootDir);
}
