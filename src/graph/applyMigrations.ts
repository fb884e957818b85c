import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Graph } from './Graph.ts';

/** One versioned schema file `cypher/schema/V001__name.cypher`. */
export interface Migration {
  version: number;
  name: string;
  file: string;
  statements: string[];
  checksum: string;
}

/**
 * Reads `cypher/schema/V###__*.cypher` in version order; statements are split on `;` at line
 * ends. Two files with one version (two branches that each added "the next" migration) are
 * refused: the second would otherwise be skipped forever as already applied.
 */
export function readMigrations(rootDir: string): Migration[] {
  const dir = path.join(rootDir, 'cypher', 'schema');
  if (!fs.existsSync(dir)) return [];
  const migrations = fs
    .readdirSync(dir)
    .map((file) => ({ file, m: /^V(\d+)__([\w-]+)\.cypher$/.exec(file) }))
    .filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
    .map(({ file, m }) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const statements = text
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean);
      return { version: Number(m[1]), name: m[2]!, file, statements, checksum: createHash('sha256').update(text).digest('hex').slice(0, 16) };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous?.version === m.version) throw new Error(`cypher/schema: ${previous.file} and ${m.file} share version ${m.version}; give one of them the next free number`);
  });
  return migrations;
}

/**
 * Applies every migration not yet recorded as a `(:SchemaMigration)` node, in order. Each
 * statement is re-runnable (`IF NOT EXISTS`); schema changes run one per transaction because
 * Neo4j does not mix schema and data writes in one transaction. Returns the versions applied.
 */
export async function applyMigrations(graph: Graph, rootDir: string): Promise<number[]> {
  const migrations = readMigrations(rootDir);
  const done = new Set(
    (await graph.readQuery<{ version: number }>('MATCH (m:SchemaMigration) RETURN m.version AS version')).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) {
      await graph.write((tx) => tx.run(statement));
    }
    await graph.writeQuery(
      'MERGE (m:SchemaMigration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
      { version: migration.version, name: migration.name, checksum: migration.checksum },
    );
    applied.push(migration.version);
  }
  if (migrations.length > 0) {
    await graph.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
  }
  return applied;
}
