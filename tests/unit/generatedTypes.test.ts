import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { staleGeneratedFiles } from '../../scripts/generateTypes.ts';

// The committed types generated from schema.graphql (npm run codegen) must match the contract.
describe('types generated from schema.graphql', () => {
  it('are up to date (explorer/src/generated, src/api/generated)', async () => {
    expect(await staleGeneratedFiles(PROJECT_ROOT), 'run: npm run codegen').toEqual([]);
  }, 60_000);

  it('are reported stale when the schema changes a field the page asks for and the resolvers return', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-codegen-'));
    try {
      for (const file of ['schema.graphql', 'explorer/src/queries.ts', 'explorer/src/generated/operations.ts', 'src/api/generated/resolvers.ts']) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(root, file));
      }
      // Entity.aliases becomes nullable: the page's types and the resolvers' change.
      const schema = fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8');
      expect(schema).toMatch(/aliases: \[String!\]!/);
      fs.writeFileSync(path.join(root, 'schema.graphql'), schema.replace(/aliases: \[String!\]!/, 'aliases: [String!]'));
      expect((await staleGeneratedFiles(root)).sort()).toEqual(['explorer/src/generated/operations.ts', 'src/api/generated/resolvers.ts']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
