import { defineConfig } from 'vitest/config';

// One throwaway Neo4j serves the whole run (tests/support/globalSetup.ts). Neo4j Community
// has one user database, so test files run one after another and each resets the graph.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/vitest-report.json' }]],
  },
});
