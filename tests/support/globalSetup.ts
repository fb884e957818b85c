import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../src/local-neo4j/startThrowawayNeo4j.ts';
import { ensureNlpRuntime } from '../../src/nlp/ensureNlpRuntime.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password for neo4jUri (the throwaway Neo4j's generated one, or NEO4J_PASSWORD). */
    neo4jPassword: string | undefined;
    /** True when the run uses a Neo4j it started itself (not NEO4J_URI). */
    localNeo4j: boolean;
    /** The python of the NLP runtime (installed here on a fresh clone, as the first `extract` would). */
    nlpPython: string;
  }
}

interface SharedRun {
  /** The throwaway Neo4j, or undefined when NEO4J_URI names the server to use. */
  neo4j: Promise<ThrowawayNeo4j | undefined>;
  nlpPython: Promise<string>;
  users: number;
}

// The int and e2e projects each run this setup (vitest loads it once per project, in separate
// module instances), but one run needs only one server and one NLP install: the first project
// starts them, the last teardown stops the server.
const KEY = Symbol.for('newsgraph.testRun');
const holder = globalThis as unknown as { [KEY]?: SharedRun };

/**
 * Starts one throwaway local Neo4j for the whole run (free port, temporary data folder,
 * removed afterwards), unless NEO4J_URI points at a server to use instead; meanwhile sets up
 * the NLP runtime (a venv under the state folder) the way the first `extract` does.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const shared = (holder[KEY] ??= {
    users: 0,
    nlpPython: ensureNlpRuntime(config, (line) => console.log(`[test nlp] ${line}`)),
    neo4j: config.neo4j.uri
      ? Promise.resolve(undefined)
      : startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-test-', java: config.local.java, log: (line) => console.log(`[test neo4j] ${line}`) }).then((neo4j) => {
          console.log(`[test neo4j] ready on ${neo4j.uri} in ${neo4j.startSeconds.toFixed(1)}s`);
          return neo4j;
        }),
  });
  shared.nlpPython.catch(() => {}); // awaited below; this only keeps an early failure from being unhandled
  shared.users += 1;
  const stop = async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete holder[KEY];
    await (await shared.neo4j.catch(() => undefined))?.stop();
  };
  try {
    const neo4j = await shared.neo4j;
    project.provide('neo4jUri', neo4j?.uri ?? config.neo4j.uri!);
    project.provide('neo4jPassword', neo4j ? neo4j.password : config.neo4j.password);
    project.provide('localNeo4j', neo4j !== undefined);
    project.provide('nlpPython', await shared.nlpPython);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
