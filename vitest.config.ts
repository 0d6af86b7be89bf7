import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j-global.ts'],
    // Graph tests share one database: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    // The first run builds the embedded Neo4j launcher (downloads from Maven Central).
    hookTimeout: 300_000,
  },
});
