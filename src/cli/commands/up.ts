import { Command } from 'commander';
import { loadConfig, usesLocalNeo4j } from '../../config/loadConfig.ts';
import { localPasswordFile } from '../../config/localCredentials.ts';
import { intOption, runCommand } from '../runCommand.ts';
import { waitForShutdown } from '../waitForShutdown.ts';

/** `newsgraph up` (= `npm start`): local Neo4j, schema, seeds, GraphQL; Ctrl-C stops what it started. */
export default function upCommand(): Command {
  return new Command('up')
    .description('the main job: start the local Neo4j (unless NEO4J_URI is set), apply the schema, load the seeds into an empty graph, serve GraphQL')
    .option('--port <port>', 'HTTP port (env PORT, default 4000)', intOption('--port', 0, 65535))
    .option('--neo4j-port <port>', 'Bolt port of the local Neo4j (env NEWSGRAPH_NEO4J_PORT, default 7687)', intOption('--neo4j-port', 1, 65535))
    .option('--no-seed', 'do not load the seeds even when the graph is empty')
    .action(
      runCommand(async (opts: { port?: number; neo4jPort?: number; seed: boolean }) => {
        const log = (line: string) => process.stderr.write(`${line}\n`);
        let config = loadConfig(process.env, {
          server: opts.port !== undefined ? { port: opts.port } : {},
          local: opts.neo4jPort ? { port: opts.neo4jPort } : {},
        });
        const { startLocalNeo4j, stopLocalNeo4j } = await import('../../local-neo4j/localNeo4j.ts');
        const { openGraph } = await import('../../graph/Graph.ts');
        const { prepareGraph } = await import('../../startup/prepareGraph.ts');
        const { startServer } = await import('../../api/createServer.ts');
        const { ensureWebBuilt } = await import('../../explorer-build/ensureWebBuilt.ts');

        let startedLocal = false;
        if (usesLocalNeo4j(config)) {
          const t0 = Date.now();
          log('starting the local Neo4j...');
          const status = await startLocalNeo4j({ rootDir: config.rootDir, ...config.local, log });
          startedLocal = !status.alreadyRunning;
          const { readLocalPassword } = await import('../../config/localCredentials.ts');
          // The password is generated on the first start: read it now that the server runs.
          config = { ...config, local: { ...config.local, port: status.port! }, neo4j: { ...config.neo4j, password: readLocalPassword(config.local.home) } };
          log(status.alreadyRunning ? `using the local Neo4j already running (pid ${status.pid})` : `Neo4j ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
        }
        const graph = openGraph(config);
        const stopAll = async () => {
          await graph.close();
          if (startedLocal) await stopLocalNeo4j(config.local.home);
        };
        try {
          await graph.verify();
          await prepareGraph(graph, config, { seed: opts.seed, log });
          const staticDir = await ensureWebBuilt(config.rootDir, log);
          const running = await startServer(graph, config, { staticDir });
          process.stdout.write(
            [
              '',
              `newsgraph is up.`,
              ...(staticDir ? [`  Explorer page:     ${running.url}/`] : []),
              `  GraphQL endpoint:  ${running.graphqlUrl}`,
              `  Health / ready:    ${running.url}/health  ${running.url}/ready`,
              `  Neo4j (Bolt):      ${graph.uri}   (Neo4j Browser, cypher-shell or any Bolt client; ${
                usesLocalNeo4j(config) ? `user neo4j, password in ${localPasswordFile(config.local.home)}` : `user ${config.neo4j.user}`
              })`,
              `Press Ctrl-C to stop${startedLocal ? ' (the local Neo4j stops too)' : ''}.`,
              '',
            ].join('\n'),
          );
          await waitForShutdown(async () => {
            await running.close();
            await stopAll();
          });
        } catch (error) {
          await stopAll();
          throw error;
        }
      }),
    );
}
