import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../src/local-neo4j/startThrowawayNeo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password for neo4jUri (the throwaway Neo4j's generated one, or NEO4J_PASSWORD). */
    neo4jPassword: string | undefined;
    /** True when the run uses a Neo4j it started itself (not NEO4J_URI). */
    localNeo4j: boolean;
  }
}

interface SharedNeo4j {
  started: Promise<ThrowawayNeo4j>;
  users: number;
}

// The int and e2e projects each run this setup (vitest loads it once per project, in separate
// module instances), but one run needs only one server: the first project starts it, the last
// teardown stops it.
const KEY = Symbol.for('newsgraph.testNeo4j');
const holder = globalThis as unknown as { [KEY]?: SharedNeo4j };

/**
 * Starts one throwaway local Neo4j for the whole run (free port, temporary data folder,
 * removed afterwards), unless NEO4J_URI points at a server to use instead.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.neo4j.uri) {
    project.provide('neo4jUri', config.neo4j.uri);
    project.provide('neo4jPassword', config.neo4j.password);
    project.provide('localNeo4j', false);
    return;
  }
  const shared = (holder[KEY] ??= {
    users: 0,
    started: startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-test-', java: config.local.java, log: (line) => console.log(`[test neo4j] ${line}`) }).then((neo4j) => {
      console.log(`[test neo4j] ready on ${neo4j.uri} in ${neo4j.startSeconds.toFixed(1)}s`);
      return neo4j;
    }),
  });
  shared.users += 1;
  const neo4j = await shared.started;
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.password);
  project.provide('localNeo4j', true);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete holder[KEY];
    await neo4j.stop();
  };
}
