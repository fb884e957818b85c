import { AppError, ForbiddenError } from '../errors/AppError.ts';
import type { Graph } from '../graph/Graph.ts';
import { applyMigrations } from '../graph/applyMigrations.ts';

/**
 * Schema before data: applies pending migrations (cypher/schema) before a command writes or
 * serves, so MERGE always runs under the uniqueness constraints and the search index exists.
 * When this user may not change the schema, stops with a message naming `newsgraph migrate`.
 */
export async function ensureSchema(graph: Graph, rootDir: string, log: (line: string) => void = () => {}): Promise<number[]> {
  try {
    const applied = await applyMigrations(graph, rootDir);
    if (applied.length) log(`schema: applied migrations ${applied.join(', ')}`);
    return applied;
  } catch (error) {
    const neo4jCode = error instanceof AppError ? String((error.details as { neo4jCode?: string }).neo4jCode ?? '') : '';
    if (neo4jCode.startsWith('Neo.ClientError.Security.')) {
      throw new ForbiddenError(`the schema has pending migrations and this database user cannot apply them: run "npx newsgraph migrate" as a user who can (${neo4jCode})`);
    }
    throw error;
  }
}
