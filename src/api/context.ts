import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';

/** What every resolver receives: the one graph, the config and the caller's bearer token. */
export interface ApiContext {
  graph: Graph;
  config: Config;
  /** The bearer token sent in `Authorization`, if any. */
  bearerToken: string | undefined;
}
