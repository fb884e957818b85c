import { Command } from 'commander';
import { loadConfig, usesLocalNeo4j } from '../../config/loadConfig.ts';
import { ConfigError } from '../../errors/AppError.ts';
import { intOption, runCommand } from '../runCommand.ts';

/** `newsgraph db start|stop|status`: the local Neo4j. */
export default function dbCommand(): Command {
  const db = new Command('db').description('manage the local Neo4j (Neo4j Community 5.26 from Maven Central, Bolt on 127.0.0.1)');

  db.command('start')
    .description('start the local Neo4j in the background and wait until it accepts Bolt connections')
    .option('--port <port>', 'Bolt port (env NEWSGRAPH_NEO4J_PORT, default 7687)', intOption('--port', 1, 65535))
    .option('--json', 'print the status as JSON')
    .action(
      runCommand(async (opts: { port?: number; json?: boolean }) => {
        const config = loadConfig(process.env, { local: opts.port ? { port: opts.port } : {} });
        if (!usesLocalNeo4j(config)) {
          throw new ConfigError(`NEO4J_URI is set (${config.neo4j.uri}): newsgraph uses that server and starts nothing locally; unset it to use the local Neo4j`);
        }
        const { startLocalNeo4j } = await import('../../local-neo4j/localNeo4j.ts');
        const started = Date.now();
        const status = await startLocalNeo4j({ rootDir: config.rootDir, ...config.local, log: (l) => process.stderr.write(`${l}\n`) });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...status, startMs: Date.now() - started })}\n`);
        } else if (status.alreadyRunning) {
          process.stdout.write(`Neo4j is already running (pid ${status.pid}) at ${status.uri}\n`);
        } else {
          process.stdout.write(`Neo4j started (pid ${status.pid}) at ${status.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s; data in ${status.dataDir}\n`);
        }
        if (!opts.json) process.stdout.write(howToConnect(status));
      }),
    );

  db.command('stop')
    .description('stop the local Neo4j cleanly (SIGTERM, then SIGKILL after 60 s)')
    .action(
      runCommand(async () => {
        const config = loadConfig();
        const { stopLocalNeo4j } = await import('../../local-neo4j/localNeo4j.ts');
        const result = await stopLocalNeo4j(config.local.home);
        process.stdout.write(result.stopped ? `Neo4j stopped (pid ${result.pid})\n` : 'Neo4j was not running\n');
      }),
    );

  db.command('status')
    .description('say whether the local Neo4j runs, with its pid, Bolt URI, data folder and how a Bolt client logs in (exit 0 running, 1 not)')
    .option('--json', 'print the status as JSON')
    .action(
      runCommand(async (opts: { json?: boolean }) => {
        const config = loadConfig();
        const { localNeo4jStatus } = await import('../../local-neo4j/localNeo4j.ts');
        const status = localNeo4jStatus(config.local.home);
        if (opts.json) process.stdout.write(`${JSON.stringify(status)}\n`);
        else if (status.running) process.stdout.write(`running (pid ${status.pid}) at ${status.uri}; data in ${status.dataDir}\n${howToConnect(status)}`);
        else process.stdout.write(`not running${status.stalePidFile ? ' (a stale pid file from a crash will be cleaned up by "db start")' : ''}; data in ${status.dataDir}\n`);
        return status.running ? 0 : 1;
      }),
    );
  return db;
}

/** How Neo4j Browser, cypher-shell or another Bolt client logs in (never the password itself). */
function howToConnect(status: { uri?: string; user: string; passwordFile: string }): string {
  return [
    `Bolt clients (Neo4j Browser, cypher-shell): ${status.uri}, user ${status.user}, password in ${status.passwordFile} (mode 0600)`,
    `  cypher-shell -a ${status.uri} -u ${status.user} -p "$(cat ${status.passwordFile})"`,
    '',
  ].join('\n');
}
