import { defineConfig } from 'vitest/config';

// Three test layers, one vitest project each (npm run test:unit / test:int / test:e2e;
// npm test runs all three and writes the JSON report .ci/run reads):
// - unit: no database, no Java, no child processes; files run in parallel, in seconds.
// - int: the real Neo4j (tests/support/globalSetup.ts starts one throwaway server) and the
//   CLI as a child process.
// - e2e: the explorer page in Debian's Chromium against the real server and Neo4j.
// Neo4j Community has one user database, so int and e2e files run one after another (each
// resets the graph), after the unit files (sequence.groupOrder), sharing one server.
const neo4jLayer = {
  globalSetup: ['tests/support/globalSetup.ts'],
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/vitest-report.json' }]],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      { test: { name: 'int', include: ['tests/integration/**/*.test.ts'], sequence: { groupOrder: 1 }, ...neo4jLayer } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], sequence: { groupOrder: 2 }, ...neo4jLayer } },
    ],
  },
});
