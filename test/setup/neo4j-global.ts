// Global test setup: a real Neo4j for the graph tests. NEO4J_URI when set; otherwise the
// embedded one, with its own home and port so tests never touch the user's data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Config, loadConfig } from '../../server/config.ts';
import type { Neo4jTarget } from '../../server/neo4j/connect.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local.ts';
import { createConsoleLog } from '../../server/neo4j/log.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = loadConfig();
  const log = createConsoleLog();
  if (base.neo4j.uri) {
    const { uri, user, password, database } = base.neo4j;
    project.provide('neo4j', { uri, user, password: password ?? '', database, embedded: false } satisfies Neo4jTarget);
    return async () => {};
  }
  const cfg: Config = {
    ...base,
    neo4j: { ...base.neo4j, homeDir: path.join(base.root, '.neo4j/test'), boltPort: Number(process.env.MINUTES_GRAPH_TEST_BOLT_PORT || 7697) },
  };
  const local = await startLocalNeo4j(cfg, log, { readyTimeoutMs: 300_000 });
  const password = readFileSync(local.passwordFile, 'utf8').trim();
  project.provide('neo4j', { uri: local.uri, user: 'neo4j', password, database: undefined, embedded: true } satisfies Neo4jTarget);
  return async () => {
    if (local.startedNow) await stopLocalNeo4j(cfg, log);
  };
}
