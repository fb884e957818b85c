import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { startThrowawayNeo4j } from '../../src/local-neo4j/startThrowawayNeo4j.ts';
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

/**
 * Starts one throwaway local Neo4j for the whole run (free port, temporary data folder,
 * removed afterwards), unless NEO4J_URI points at a server to use instead; meanwhile sets up
 * the NLP runtime (a venv under the state folder) the way the first `extract` does.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const nlp = ensureNlpRuntime(config, (line) => console.log(`[test nlp] ${line}`));
  nlp.catch(() => {}); // awaited below; this only keeps an early failure from being unhandled
  try {
    await startNeo4j(project, config);
    project.provide('nlpPython', await nlp);
  } catch (error) {
    await stopNeo4j?.();
    throw error;
  }
  return () => stopNeo4j?.();
}

let stopNeo4j: (() => Promise<void>) | undefined;

async function startNeo4j(project: TestProject, config: ReturnType<typeof loadConfig>): Promise<void> {
  if (config.neo4j.uri) {
    project.provide('neo4jUri', config.neo4j.uri);
    project.provide('neo4jPassword', config.neo4j.password);
    project.provide('localNeo4j', false);
    return;
  }
  const neo4j = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-test-', java: config.local.java, log: (line) => console.log(`[test neo4j] ${line}`) });
  console.log(`[test neo4j] ready on ${neo4j.uri} in ${neo4j.startSeconds.toFixed(1)}s`);
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.password);
  project.provide('localNeo4j', true);
  stopNeo4j = neo4j.stop;
}
