/** The shape of a benchmark run (bench.json), shared by the harness and the Markdown renderer. */
import type { QueryContext } from './dashboardQueries.ts';
import type { Timing } from './measure.ts';

export interface IngestRate {
  name: string;
  facts: number;
  seconds: number;
  factsPerSecond: number;
  note?: string;
}

export interface SizeResult {
  articles: number;
  facts: number;
  entities: number;
  loadSeconds: number;
  context: QueryContext;
  /**
   * api: newsgraph serve (its own process) beside the floor (cypher); apiInProcess: the same API
   * in the benchmark process beside the floor once more (cypherInProcess) and @neo4j/graphql,
   * which runs there too.
   */
  queries: { name: string; description: string; api: Timing; cypher: Timing; apiInProcess: Timing; cypherInProcess: Timing; neo4jGraphql: Timing | null; neo4jGraphqlNote?: string }[];
}

export interface BenchResult {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverageAtStart: number[] };
  neo4j: { uri: string; startSeconds: number | null };
  method: string;
  ingestion: IngestRate[];
  sizes: SizeResult[];
  sizeNote: string | null;
  api: { peakRssMiB: number | null; coldStartSeconds: number | null };
  totalSeconds: number;
}
