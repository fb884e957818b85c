import type { Config } from '../../src/config/loadConfig.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../src/api/createServer.ts';
import type { Graph } from '../../src/graph/Graph.ts';

/**
 * The API on a free port of 127.0.0.1 (port 0), with `server` settings overriding the config's
 * (an API key, production mode): what every API test starts. Stop it with `server.close()`.
 */
export function startTestServer(graph: Graph, config: Config, server: Partial<Config['server']> = {}, options: ServerOptions = {}): Promise<RunningServer> {
  return startServer(graph, { ...config, server: { ...config.server, port: 0, ...server } }, options);
}
