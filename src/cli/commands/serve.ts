import { Command } from 'commander';
import { loadConfig, usesLocalNeo4j } from '../../config/loadConfig.ts';
import { intOption, runCommand } from '../runCommand.ts';
import { waitForShutdown } from '../waitForShutdown.ts';

/** `newsgraph serve`: the GraphQL server over an already running Neo4j. */
export default function serveCommand(): Command {
  return new Command('serve')
    .description('serve the GraphQL API (and /health, /ready) over the configured or local Neo4j; applies pending schema migrations; does not start Neo4j')
    .option('--port <port>', 'HTTP port (env PORT, default 4000)', intOption('--port', 0, 65535))
    .option('--host <host>', 'HTTP host (env HOST, default 127.0.0.1)')
    .action(
      runCommand(async (opts: { port?: number; host?: string }) => {
        const server = { ...(opts.port !== undefined ? { port: opts.port } : {}), ...(opts.host ? { host: opts.host } : {}) };
        let config = loadConfig(process.env, { server });
        const { openGraph } = await import('../../graph/Graph.ts');
        const { startServer } = await import('../../api/createServer.ts');
        const { ensureWebBuilt } = await import('../../explorer-build/ensureWebBuilt.ts');
        if (usesLocalNeo4j(config)) {
          const { localNeo4jStatus } = await import('../../local-neo4j/localNeo4j.ts');
          const status = localNeo4jStatus(config.local.home);
          if (status.running) config = { ...config, local: { ...config.local, port: status.port! } };
        }
        const graph = openGraph(config);
        try {
          await graph.verify();
          // Schema before data: searches need the full-text index, writes the constraints.
          const { ensureSchema } = await import('../../startup/ensureSchema.ts');
          await ensureSchema(graph, config.rootDir, (line) => process.stderr.write(`${line}\n`));
        } catch (error) {
          if ((error as { code?: string }).code === 'FORBIDDEN') throw error;
          // Serve anyway: /health stays up and /ready reports why Neo4j is not usable.
          process.stderr.write(`warning: ${(error as Error).message}\n`);
        }
        const staticDir = await ensureWebBuilt(config.rootDir, (line) => process.stderr.write(`${line}\n`));
        const running = await startServer(graph, config, { staticDir });
        process.stdout.write(`${staticDir ? `Explorer: ${running.url}/\n` : ''}GraphQL: ${running.graphqlUrl}\nNeo4j:   ${graph.uri}\n`);
        await waitForShutdown(async () => {
          await running.close();
          await graph.close();
        });
      }),
    );
}
