import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/graph/applyMigrations.ts';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-migrations-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('readMigrations', () => {
  it("reads the project's migrations in version order, one file per version", () => {
    const versions = readMigrations(PROJECT_ROOT).map((m) => m.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('refuses two files with the same version, naming both', () => {
    const dir = path.join(root, 'cypher', 'schema');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'V001__first.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n');
    fs.writeFileSync(path.join(dir, 'V002__alias_keys.cypher'), 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n');
    fs.writeFileSync(path.join(dir, 'V002__sort_date.cypher'), 'CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x);\n');
    expect(() => readMigrations(root)).toThrow(/V002__alias_keys\.cypher and V002__sort_date\.cypher share version 2/);
  });
});
