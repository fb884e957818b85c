import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';
import type { Loaders } from './createLoaders.ts';

/** What every resolver receives: the one graph, the config, the caller's bearer token and the request's loaders. */
export interface ApiContext {
  graph: Graph;
  config: Config;
  /** The bearer token sent in `Authorization`, if any. */
  bearerToken: string | undefined;
  /** Per-request DataLoaders (batching, no N+1). */
  loaders: Loaders;
}
